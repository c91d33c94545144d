"""File › Verify history: the head when all holds, every break when something was changed
outside the app."""

from __future__ import annotations

import re
import sqlite3

import pytest

from casualtydb.db import Database

from .conftest import settle

pytestmark = pytest.mark.gui


def run_verify(window, qtbot):
    window.actions_by_id["file.verify"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "verify_dialog", None) is not None and window.verify_dialog.isVisible(),
                    timeout=10000)
    dialog = window.verify_dialog
    window.verify_dialog = None
    return dialog


def test_verify_shows_the_head_then_the_break(window, qtbot, demo_db: Database) -> None:
    from casualtydb.verify import verify

    dialog = run_verify(window, qtbot)
    head = verify(demo_db).head_hash
    assert "intact" in dialog.heading.text() and dialog.details.toPlainText().startswith(head)
    dialog.close()
    settle()
    con = sqlite3.connect(demo_db.path)
    con.execute("UPDATE claims SET min = 70, max = 70 WHERE min = 7 AND max = 7")
    con.commit()
    con.close()
    dialog = run_verify(window, qtbot)
    assert "does not hold" in dialog.heading.text()
    text = dialog.details.toPlainText()
    assert "claim \u2068" in text and "field “Minimum”: is \u206870\u2069, its last audit entry says \u20687\u2069" in text
    dialog.close()
    settle()
    # The same break in the Arabic interface: Arabic words, Arabic digits; only ids stay Latin.
    window.switch_language("ar")
    dialog = run_verify(window, qtbot)
    text = dialog.details.toPlainText()
    heading = dialog.heading.text()
    assert "الحقل «الحد الأدنى»: قيمته \u2068٧٠\u2069" in text
    assert re.search("[٠-٩]", heading) and not re.search("[0-9]", heading)  # the count, in Arabic digits
    for english in ("record", "field", "audit", "claims", "last entry"):
        assert english not in text, english
    dialog.close()
    window.switch_language("en")
