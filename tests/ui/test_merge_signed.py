"""The merge dialog and bundles' signatures: a signed bundle names its signer; an unsigned one
is merged only after the user says yes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from casualtydb.db import Database, open_database
from casualtydb.demo import load_demo
from casualtydb.sync.bundle import write_bundle

from .conftest import settle

pytestmark = pytest.mark.gui


def dialog_for(window, path: Path, qtbot):
    from casualtydb.ui.merge_dialog import MergeDialog

    dialog = MergeDialog(window.context, str(path), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    settle()
    return dialog


def test_signed_then_unsigned(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    field = open_database(tmp_path / "field.db")
    load_demo(field)
    info = write_bundle(field, tmp_path / "field.cdbx", since=None)
    field.dispose()
    dialog = dialog_for(window, info.path, qtbot)
    assert info.signer in dialog.status.text() and dialog.merge_button.isEnabled()

    unsigned = tmp_path / "unsigned.cdbx"
    with zipfile.ZipFile(info.path) as zin, zipfile.ZipFile(unsigned, "w") as zout:
        for name in zin.namelist():
            if name != "signature.json":
                zout.writestr(name, zin.read(name))
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: answers.pop(0))
    dialog = dialog_for(window, unsigned, qtbot)
    assert not dialog.merge_button.isEnabled() and "not signed" in dialog.status.text()
    answers.append(QMessageBox.StandardButton.Yes)
    dialog = dialog_for(window, unsigned, qtbot)
    settle()
    assert dialog.accept_unsigned and "not signed (accepted)" in dialog.status.text()
    assert dialog.merge_button.isEnabled()
