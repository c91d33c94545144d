"""`export --since-last RECIPIENT`: only what changed, a Changes sheet, and a recipient's copy
brought up to date from it equals a full export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from casualtydb.cli import main
from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.errors import ValidationError
from casualtydb.io.since_last import CHANGES, SHEET_KEYS, apply_changes, options_for
from casualtydb.io.sheets import DATA_SHEETS
from casualtydb.io.victims_sheet import VICTIMS
from casualtydb.io.xlsx_export import ExportOptions, ExportSummary, export_since_last, export_workbook
from casualtydb.models import AuditEntry, Claim, Incident, RecipientExport, RecipientRow
from casualtydb.services.editing import delete_record
from casualtydb.writes import write

SPECS = (*DATA_SHEETS, VICTIMS)


def since(db: Database, path: Path, recipient: str, **given: Any) -> ExportSummary:
    def run(s: Any, changes: Any) -> ExportSummary:
        options = options_for(s, recipient, **given)
        return export_since_last(path, session=s, recipient=recipient, options=options)
    return write(db, run, context=f"export to {recipient}").result


def data(path: Path, lang: str) -> dict[str, dict[str, dict[str, Any]]]:
    """Every data sheet of a workbook: sheet name → row key → {header: value}."""
    wb = load_workbook(path)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for spec in SPECS:
        name = spec.name(lang)
        if name not in wb.sheetnames:
            continue
        rows = list(wb[name].iter_rows(values_only=True))
        header = list(rows[0])
        by_key = {c.key: c.header(lang) for c in spec.columns}
        sheet = out.setdefault(name, {})
        for r in rows[2:]:
            row = dict(zip(header, r))
            sheet["|".join("" if row[by_key[k]] is None else str(row[by_key[k]])
                           for k in SHEET_KEYS[spec.key])] = row
    return out


def changes(path: Path, lang: str) -> list[dict[str, Any]]:
    ws = load_workbook(path)[CHANGES.name(lang)]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == [c.header(lang) for c in CHANGES.columns]
    assert list(rows[1]) == [c.hxl for c in CHANGES.columns]
    import hxl.model

    assert all(hxl.model.Column.parse(tag).tag == tag.split("+")[0] for tag in rows[1])  # valid HXL 1.1
    return [dict(zip([c.key for c in CHANGES.columns], r)) for r in rows[2:]]


def test_twice_in_a_row_gives_an_empty_change_set(scanned_demo: Database, tmp_path: Path) -> None:
    first = since(scanned_demo, tmp_path / "1.xlsx", "NGO A", lang="en")
    assert first.changes.changed == first.changes.withdrawn == 0
    assert first.changes.added == sum(len(rows) for rows in data(tmp_path / "1.xlsx", "en").values()) > 20
    assert {c["change"] for c in changes(tmp_path / "1.xlsx", "en")} == {"added"}
    wb = load_workbook(tmp_path / "1.xlsx")
    assert wb.sheetnames[:3] == ["About", "Summary", "Changes"]
    about = [r for r in wb["About"].iter_rows(values_only=True)]
    assert ("Sent to", "NGO A") in [r[:2] for r in about]
    assert any(r[0] == "Changes / التغييرات" and r[3] == "#meta+value+old" for r in about)  # in the codebook
    second = since(scanned_demo, tmp_path / "2.xlsx", "NGO A")
    assert (second.changes.added, second.changes.changed, second.changes.withdrawn) == (0, 0, 0)
    assert changes(tmp_path / "2.xlsx", "en") == []
    assert data(tmp_path / "2.xlsx", "en") == {spec.name("en"): {} for spec in DATA_SHEETS}
    with scanned_demo.session() as s:
        exports = s.scalars(select(RecipientExport).order_by(RecipientExport.exported_at)).all()
        assert [(e.recipient, e.lang, e.added, e.withdrawn) for e in exports] == [
            ("NGO A", "en", first.changes.added, 0), ("NGO A", "en", 0, 0)]
        assert exports[1].previous_id == exports[0].id and exports[0].audit_seq and exports[0].audit_hash
        logged = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "recipient_exports",
                                                    AuditEntry.action == "insert")).all()
        assert {e.context for e in logged} == {"export to NGO A"} and len(logged) == 2
        assert logged[0].new["file_name"] in ("1.xlsx", "2.xlsx")


def test_after_edits_exactly_those_edits(scanned_demo: Database, tmp_path: Path) -> None:
    since(scanned_demo, tmp_path / "1.xlsx", "NGO A", lang="en")
    incident, claim = demo_id("incident:strike-sousa"), demo_id("claim:h-killed-sousa")
    with scanned_demo.transaction() as s:
        inc = s.get(Incident, incident)
        before = inc.description_en
        inc.description_en = "A new description"
        old_quote = s.get(Claim, claim).quote
        s.get(Claim, claim).quote = "a corrected quote"
    since(scanned_demo, tmp_path / "2.xlsx", "NGO A")
    got = {(c["change"], c["sheet"], c["key"], c["column"], c["old"], c["new"]) for c in changes(tmp_path / "2.xlsx", "en")}
    expected = {("changed", "Incidents", str(incident), "description (English)", before, "A new description"),
                ("changed", "Claims", str(claim), "quote", old_quote, "a corrected quote")}
    conflicts = data(tmp_path / "1.xlsx", "en").get("Conflicts", {})
    if str(claim) in conflicts:
        expected.add(("changed", "Conflicts", str(claim), "quote", old_quote, "a corrected quote"))
    assert got == expected
    sheets = data(tmp_path / "2.xlsx", "en")
    assert list(sheets["Incidents"]) == [str(incident)] and list(sheets["Claims"]) == [str(claim)]
    assert sheets["Figures"] == {} and sheets["Sources"] == {}
    assert since(scanned_demo, tmp_path / "3.xlsx", "NGO A").changes.added == 0
    assert changes(tmp_path / "3.xlsx", "en") == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_copy_updated_from_the_changes_sheet_equals_a_full_export(scanned_demo: Database, tmp_path: Path,
                                                                     lang: str) -> None:
    since(scanned_demo, tmp_path / "1.xlsx", "NGO B", lang=lang)
    copy = data(tmp_path / "1.xlsx", lang)
    with scanned_demo.transaction() as s:
        s.get(Incident, demo_id("incident:strike-sousa")).description_ar = "وصف جديد"
        s.get(Claim, demo_id("claim:h-killed-sousa")).max = 40
        delete_record("claim", demo_id("claim:hosp-killed"), session=s, cascade=True)
        s.get(Incident, demo_id("incident:strike-sousa-hospital")).merged_into_id = demo_id("incident:strike-sousa")
    from casualtydb.crossref.scan import scan

    with scanned_demo.transaction() as s:
        scan(session=s)
    result = since(scanned_demo, tmp_path / "2.xlsx", "NGO B")
    assert result.changes.withdrawn > 0 and result.changes.changed > 0
    listed = changes(tmp_path / "2.xlsx", lang)
    apply_changes(copy, listed, data(tmp_path / "2.xlsx", lang))
    with scanned_demo.transaction() as s:
        export_workbook(tmp_path / "full.xlsx", session=s, options=ExportOptions(lang=lang))
    full = data(tmp_path / "full.xlsx", lang)
    assert {k: v for k, v in copy.items() if v} == {k: v for k, v in full.items() if v}
    withdrawn = "withdrawn" if lang == "en" else "سُحب"
    assert (withdrawn, CLAIMS_NAME[lang], str(demo_id("claim:hosp-killed"))) in {
        (c["change"], c["sheet"], c["key"]) for c in listed}


CLAIMS_NAME = {"en": "Claims", "ar": "الادعاءات"}


def test_a_redacted_recipient_never_gets_personal_data(scanned_demo: Database, tmp_path: Path) -> None:
    since(scanned_demo, tmp_path / "r1.xlsx", "Press", lang="en", redact=True)
    since(scanned_demo, tmp_path / "o1.xlsx", "Partner", lang="en", redact=False)
    with scanned_demo.transaction() as s:
        claim = s.get(Claim, demo_id("claim:hosp-killed"))
        claim.victim_names = "Ahmad X; Fatima Y"
        claim.witnesses = "nurse Z"
    red = since(scanned_demo, tmp_path / "r2.xlsx", "Press")  # redaction remembered
    assert red.withheld.get("victim names") == 1
    text = json.dumps([c for c in changes(tmp_path / "r2.xlsx", "en")], default=str, ensure_ascii=False)
    sheets = json.dumps(data(tmp_path / "r2.xlsx", "en"), default=str, ensure_ascii=False)
    for secret in ("Ahmad X", "nurse Z"):
        assert secret not in text and secret not in sheets
    with scanned_demo.session() as s:
        held = json.dumps([v for v in s.scalars(select(RecipientRow.values).where(RecipientRow.recipient == "Press"))],
                          ensure_ascii=False)
        assert "Ahmad X" not in held and "victim_names" not in held
    other = since(scanned_demo, tmp_path / "o2.xlsx", "Partner")
    got = {(c["change"], c["column"], c["new"]) for c in changes(tmp_path / "o2.xlsx", "en")}
    assert ("changed", "victim names", "Ahmad X; Fatima Y") in got and other.changes.changed >= 1
    assert red.changes.changed == 0  # nothing the redacted recipient sees changed


def test_options_are_remembered_and_a_new_language_is_refused(scanned_demo: Database, tmp_path: Path) -> None:
    since(scanned_demo, tmp_path / "1.xlsx", "NGO C", lang="en", place="Deir-ez-Zor")
    with scanned_demo.session() as s:
        assert options_for(s, "NGO C") == ExportOptions(lang="en", place="Deir-ez-Zor")
        with pytest.raises(ValidationError, match="in 'en'"):
            options_for(s, "NGO C", lang="ar")
        with pytest.raises(ValidationError, match="name the recipient"):
            options_for(s, "  ")


def test_cli_since_last(scanned_demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(scanned_demo.path)
    assert main(["--db", db, "export", str(tmp_path / "a.xlsx"), "--since-last", "NGO D", "--lang", "en",
                 "--redact"]) == 0
    assert "since the last export to NGO D:" in capsys.readouterr().out
    assert main(["--db", db, "export", str(tmp_path / "b.xlsx"), "--since-last", "NGO D"]) == 0
    out = capsys.readouterr().out
    assert "0 rows added, 0 changed (0 columns), 0 withdrawn" in out and "redacted" in out
    with scanned_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(RecipientExport)) == 2


def test_a_cancelled_export_remembers_nothing(scanned_demo: Database, tmp_path: Path) -> None:
    from casualtydb.io.xlsx_export import ExportCancelled

    def run(s: Any, changes: Any) -> ExportSummary:
        return export_since_last(tmp_path / "c.xlsx", session=s, recipient="NGO E",
                                 options=options_for(s, "NGO E", lang="en"), cancelled=lambda: True)
    with pytest.raises(ExportCancelled):
        write(scanned_demo, run)
    assert not (tmp_path / "c.xlsx").exists()
    with scanned_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(RecipientExport)) == 0
        assert s.scalar(select(func.count()).select_from(RecipientRow)) == 0
