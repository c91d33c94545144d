"""The drafts store: atomic writes that survive a crash mid-write, listing newest first per
database, damaged files set aside, deletion after save."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from casualtydb.services.drafts import DraftStore, default_folder
from casualtydb.services.report_entry import ClaimDraft, ReportDraft


def test_save_load_delete(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = ReportDraft(text="استشهد سبعة مدنيين", claims=[ClaimDraft(category="killed", min=7, max=7)])
    path = store.save(draft.draft_id, draft.to_json(), database="db-1", label="حرية برس")
    assert path.parent == tmp_path / "drafts" and path.name == f"{draft.draft_id}.json"
    assert ReportDraft.from_json(store.load(draft.draft_id)) == draft
    [info] = store.list()
    assert (info.draft_id, info.database, info.label) == (draft.draft_id, "db-1", "حرية برس")
    store.delete(draft.draft_id)
    assert store.load(draft.draft_id) is None and store.list() == []
    store.delete(draft.draft_id)  # twice is fine


def test_no_temporary_files_are_left_and_the_file_is_whole_json(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    for n in range(5):
        store.save("d1", {"text": "x" * n})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d1.json"]
    assert json.loads((tmp_path / "d1.json").read_text(encoding="utf-8"))["draft"] == {"text": "xxxx"}


def test_a_crash_in_the_middle_of_a_write_keeps_the_previous_draft(tmp_path: Path, monkeypatch) -> None:
    store = DraftStore(tmp_path)
    store.save("d1", {"text": "before"})

    def power_cut(*_args):
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        store.save("d1", {"text": "after"})
    monkeypatch.undo()
    assert store.load("d1") == {"text": "before"}
    assert [p.name for p in tmp_path.iterdir()] == ["d1.json"]
    # A temporary file left by a killed process is not a draft.
    (tmp_path / ".d1.abc.tmp").write_text('{"draft": {"text": "half', encoding="utf-8")
    assert [d.draft_id for d in store.list()] == ["d1"]


def test_damaged_files_are_set_aside_not_offered(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("good", {"text": "ok"})
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe not json")
    (tmp_path / "odd.json").write_text("[1, 2]", encoding="utf-8")
    assert [d.draft_id for d in store.list()] == ["good"]
    assert (tmp_path / "bad.json.damaged").exists() and (tmp_path / "odd.json.damaged").exists()


def test_newest_first_and_per_database(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("a", {}, database="one")
    time.sleep(0.01)
    store.save("b", {}, database="two")
    time.sleep(0.01)
    store.save("c", {})
    assert [d.draft_id for d in store.list()] == ["c", "b", "a"]
    assert [d.draft_id for d in store.list(database="one")] == ["c", "a"]


def test_ids_cannot_escape_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DraftStore(tmp_path).save("../evil", {})


def test_default_folder_is_in_the_user_data_folder(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME at a temporary folder
    assert default_folder().parts[-2:] == ("casualtydb", "drafts")
    assert str(default_folder()).startswith(os.environ["XDG_DATA_HOME"])
    assert DraftStore().list() == []
