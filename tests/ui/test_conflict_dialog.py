"""Two people edit the same incident through two real connections to one file: the second save
opens the conflict dialog (who, their values and yours), and what the person chooses is saved on
top of the other's version; nothing typed is lost."""

from __future__ import annotations

from typing import Any

import pytest

from casualtydb.db import open_database
from casualtydb.demo import demo_id
from casualtydb.models import Incident
from casualtydb.services import editing
from casualtydb.ui.conflict_dialog import ConflictDialog
from casualtydb.ui.editing import edit_record
from casualtydb.ui.editors.base import RecordDialog

from .conftest import settle

HAMIDIYA = demo_id("incident:strike-hamidiya")


@pytest.fixture
def alice(window):
    """A second connection to the same file, as another person would have."""
    other = open_database(window.context.database.path, upgrade=False)
    yield other
    other.dispose()


def _alice_saves(alice, **values: Any) -> None:
    with alice.transaction(user="alice") as s:
        editing.update_record("incident", HAMIDIYA, values, session=s)


def _stored(window) -> Incident:
    with window.context.database.session() as s:
        return s.get(Incident, HAMIDIYA)


def _edit_while_alice_saves(window, monkeypatch, alice, mine: dict[str, str], theirs: dict[str, str],
                            choose: Any) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def conflict_exec(dialog: ConflictDialog) -> int:
        seen["heading"] = dialog.heading.text()
        seen["fields"] = list(dialog.fields)
        seen["buttons"] = {key: (t.text(), m.text()) for key, (t, m) in dialog.choices.items()}
        choose(dialog)
        return dialog.result()

    def editor_exec(dialog: RecordDialog) -> int:
        for key, value in mine.items():
            dialog.fields[key].setPlainText(value)
        _alice_saves(alice, **theirs)  # meanwhile, on the other connection
        dialog.accept()
        settle()
        seen["editor_error"] = dialog.general_error.text() if not dialog.general_error.isHidden() else ""
        seen["form_after"] = {key: dialog.fields[key].toPlainText() for key in mine}
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", conflict_exec)
    monkeypatch.setattr(RecordDialog, "exec", editor_exec)
    seen["saved"] = edit_record(window.context, window, "incident", HAMIDIYA)
    settle()
    return seen


def test_combining_keeps_their_field_and_mine(window, monkeypatch, alice):
    seen = _edit_while_alice_saves(
        window, monkeypatch, alice, mine={"description_ar": "وصفي أنا"},
        theirs={"description_en": "alice's wording"}, choose=lambda d: d.combine.click())
    assert "alice" in seen["heading"]
    assert set(seen["fields"]) == {"description_ar", "description_en"}
    assert seen["buttons"]["description_en"][0] == "\u2068alice's wording\u2069"  # theirs
    assert seen["buttons"]["description_ar"][1] == "\u2068وصفي أنا\u2069"  # yours
    assert seen["saved"]
    incident = _stored(window)
    assert (incident.description_en, incident.description_ar) == ("alice's wording", "وصفي أنا")
    # the saved combination is one undoable edit on top of alice's version
    window.actions_by_id["edit.undo"].trigger()
    settle()
    incident = _stored(window)
    assert incident.description_en.startswith("Regime and Russian airstrikes")


def test_same_field_defaults_to_mine_and_take_theirs_keeps_theirs(window, monkeypatch, alice):
    seen = _edit_while_alice_saves(
        window, monkeypatch, alice, mine={"description_en": "my wording"},
        theirs={"description_en": "alice's wording"}, choose=lambda d: d.take_theirs.click())
    assert seen["fields"] == ["description_en"]
    assert seen["buttons"]["description_en"] == ("\u2068alice's wording\u2069", "\u2068my wording\u2069")
    assert _stored(window).description_en == "alice's wording"


def test_cancelling_the_conflict_keeps_what_was_typed_in_the_editor(window, monkeypatch, alice):
    def choose(dialog: ConflictDialog) -> None:
        assert dialog.choices["description_en"][1].isChecked()  # both changed it: mine preselected
        dialog.reject()

    seen = _edit_while_alice_saves(window, monkeypatch, alice, mine={"description_en": "my wording"},
                                   theirs={"description_en": "alice's wording"}, choose=choose)
    assert not seen["saved"]
    assert seen["form_after"] == {"description_en": "my wording"}
    assert "changed this record" in seen["editor_error"]
    assert _stored(window).description_en == "alice's wording"
