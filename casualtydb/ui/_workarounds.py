"""Workarounds for bugs of the pinned PySide6 (6.12.0), applied when casualtydb.ui is imported.

WORKAROUND for a reference-count bug of PySide6 6.12.0 (shiboken's QVariant → Python
conversion): every invalid QVariant that reaches Python as None — `index.data(role)` for a role
the model does not set, `QComboBox.currentData()` of an item without data, a Python model's
data() returning None when called back through C++ — gives the caller a reference to None that
was never taken. After a few thousand such calls (one screen of a table view) None's count
reaches zero and the interpreter aborts: "Fatal Python error: none_dealloc: deallocating None".
Measured here: 1000 calls of `QStandardItemModel().index(0, 0).data(Qt.FontRole)` lower
sys.getrefcount(None) by 999; the same for True/False ("bool_dealloc").

The fix is to make None, True and False immortal, which CPython 3.12+ does anyway (PEP 683):
their reference count is raised by 2**40 once, so no realistic number of stolen references can
bring it to zero. Nothing else changes. Remove this module when PySide6 is upgraded to a release
without the bug (tests/ui/test_ui_models_widgets.py::test_pyside_none_refcount_workaround shows
whether the bug is still there)."""

from __future__ import annotations

import ctypes
import sys

_BOOST = 2**40
_applied = False


def immortalize_singletons() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _applied = True
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field (Py_ssize_t) of every CPython object before 3.12.
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _applied = True


immortalize_singletons()
