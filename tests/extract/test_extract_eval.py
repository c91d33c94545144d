"""`casualtydb extract-eval`: what was suggested for reports saved through the entry page against
what the person confirmed, by category and by source; --rerun on the demo and a generated database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.generate import generate
from casualtydb.cli import main
from casualtydb.db import Database, open_database
from casualtydb.demo import demo_id
from casualtydb.extract import Extractor
from casualtydb.models import Claim, Report, ReportSuggestions
from casualtydb.services.entry_presenter import edit_claim
from casualtydb.services.report_entry import ClaimDraft, ReportDraft, names_from_database, save_report, suggestions

TEXT = "قُتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف على حي الحميدية في مدينة دير الزور. واعتقلت قوات النظام 4 شبان في حي الجبيلة."


def _eval(db_path: Path, capsys, *args: str) -> dict:
    assert main(["--db", str(db_path), "extract-eval", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _save_entered_report(db: Database) -> None:
    """As the entry page does: suggestions from the text; the person confirms the killed figure as
    it is, corrects the injured one (5 → 6) and confirms it, leaves the detention figure, and types
    a figure the engine missed."""
    with db.session() as s:
        places, actors = names_from_database(session=s)
    extraction = Extractor(places, actors).extract(TEXT)
    claims, incidents = suggestions(extraction, published=date(2024, 3, 1))
    assert [(c.category, c.min) for c in claims] == [("killed", 3), ("injured", 5), ("detained", 4)]
    claims[0].confirmed = True
    edit_claim(claims[1], "min", 6)
    edit_claim(claims[1], "max", 6)
    claims[1].confirmed = True
    claims.append(ClaimDraft(category="killed", group="children", min=1, max=1, confirmed=True,
                             new_incident=claims[0].new_incident))
    draft = ReportDraft(source_id=demo_id("source:horriya"), published_date="2024-03-01", language="ar",
                        text=TEXT, claims=claims, new_incidents=incidents)
    with db.transaction() as s:
        save_report(session=s, draft=draft)


def test_stored_suggestions_against_confirmed_claims(demo_db: Database, db_path: Path, capsys) -> None:
    assert _eval(db_path, capsys)["reports"] == 0  # the demo's reports were not entered through the page
    _save_entered_report(demo_db)
    with demo_db.session() as s:
        row = s.scalars(select(ReportSuggestions)).one()
        stored = json.loads(row.payload)
    # Kept as suggested, with what became of each: the correction does not overwrite the suggestion.
    assert [(x["category"], x["min"], x["confirmed"], x["as_is"]) for x in stored] == [
        ("killed", 3, True, True), ("injured", 5, True, False), ("detained", 4, False, False)]
    assert all(0 < x["confidence"] <= 1 for x in stored)
    assert stored[0]["claim"] and stored[2]["claim"] is None
    out = _eval(db_path, capsys)
    assert out["reports"] == 1 and out["mode"] == "stored"
    assert out["overall"] == {"suggested": 3, "confirmed": 3, "right": 1, "precision": 1 / 3, "recall": 1 / 3}
    assert out["by_category"]["killed"] == {"suggested": 1, "confirmed": 2, "right": 1, "precision": 1.0,
                                            "recall": 0.5}
    assert out["by_category"]["injured"]["right"] == 0 and out["by_category"]["detained"]["confirmed"] == 0
    assert list(out["by_source"]) == ["حرية برس"]
    assert (out["saved_as_is"], out["saved_corrected"]) == (1, 1)
    # Deleting the report deletes what was kept for it.
    with demo_db.transaction() as s:
        s.delete(s.get(Report, row.report_id))
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ReportSuggestions)) == 0


def test_text_output_names_categories_and_sources(demo_db: Database, db_path: Path, capsys) -> None:
    _save_entered_report(demo_db)
    assert main(["--db", str(db_path), "extract-eval"]) == 0
    out = capsys.readouterr().out
    assert "reports: 1 (as suggested" in out
    assert "by category" in out and "  killed" in out and "by source" in out and "حرية برس" in out


def test_rerun_on_the_demo_database(demo_db: Database, db_path: Path, capsys) -> None:
    out = _eval(db_path, capsys, "--rerun")
    with demo_db.session() as s:
        reports = s.scalar(select(func.count()).select_from(Report))
        claims = s.scalar(select(func.count()).select_from(Claim))
    assert out["mode"] == "rerun" and out["reports"] == reports == 5
    assert out["overall"]["confirmed"] == claims == 14
    # The seed article's three figures and most of the fictional reports' are found again.
    assert out["overall"]["right"] >= 10 and out["overall"]["precision"] >= 0.8
    assert out["by_category"]["besieged"]["right"] == out["by_category"]["besieged"]["confirmed"] == 2
    assert len(out["by_source"]) == 5


def test_rerun_on_a_generated_database(tmp_path: Path, capsys) -> None:
    path = tmp_path / "generated.db"
    generate(path, incidents=30, sources=10)
    database = open_database(path)
    try:
        with database.session() as s:
            with_text = s.scalar(select(func.count()).select_from(Report).where(Report.text.is_not(None)))
            claims = s.scalar(select(func.count()).select_from(Claim).join(Report).where(Report.text.is_not(None)))
    finally:
        database.dispose()
    out = _eval(path, capsys, "--rerun")
    assert out["reports"] == with_text > 0
    assert out["overall"]["confirmed"] == claims
    assert 0 < out["overall"]["right"] <= min(out["overall"]["suggested"], claims)
    assert sum(t["confirmed"] for t in out["by_source"].values()) == claims
    assert sum(t["suggested"] for t in out["by_category"].values()) == out["overall"]["suggested"]
