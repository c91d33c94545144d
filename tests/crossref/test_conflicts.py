"""Conflicts, statuses, derived figures and independence, on real SQLite files: the demo's
disagreements, three sources saying 7, 7 and 12, revisions, relays and near-copies."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from casualtydb.crossref import RULE_NAME, refresh_incidents, scan
from casualtydb.crossref.conflicts import conflict_detail, figure_label, list_conflicts
from casualtydb.crossref.derive import Compared, derive, is_conflicting, severity
from casualtydb.crossref.scan import evaluate
from casualtydb.db import Database
from casualtydb.demo import PAGE_TEXT, demo_id, seed_text
from casualtydb.models import Category, ConflictStatus, IncidentFigure, VictimGroup

from .conftest import Builder, ts

D = date(2017, 10, 30)


def figures(db: Database) -> dict[tuple[uuid.UUID, str, str], IncidentFigure]:
    with db.session() as s:
        return {(f.incident_id, str(f.category), str(f.victim_group)): f for f in s.scalars(select(IncidentFigure))}


def do_scan(db: Database, tolerance: float | None = None):
    with db.transaction() as s:
        return scan(session=s, tolerance=tolerance)


def test_demo_conflicts_are_the_three_disagreements(xdemo: Database) -> None:
    with xdemo.session() as s:
        groups = list_conflicts(session=s)
    found = [(g.key[0], g.key[1].value, g.key[2].value, g.status.value, round(g.result.severity, 3)) for g in groups]
    assert found == [
        (demo_id("incident:siege-deir-ez-zor"), "besieged", "civilians", "conflicting", 0.3),  # ~700 vs ~1000
        (demo_id("incident:strike-hamidiya"), "killed", "civilians", "conflicting", 0.222),  # 7, 7, 7 vs revised 9
        (demo_id("incident:strike-sousa"), "killed", "civilians", "conflicting", 0.167),  # 5 vs 6
    ]
    hamidiya = groups[1]
    by_source = {c.source_en.split(" (")[0]: c for c in hamidiya.claims if c.latest}
    assert by_source["Euphrates News Network"].min == 9  # the revision counts, not the first 5
    earlier = [c for c in hamidiya.claims if not c.latest]
    assert [c.min for c in earlier] == [5] and earlier[0].independence is None
    page = by_source["Deir ez-Zor Now page"]
    assert page.independence.label == "relay" and not page.independence.independent
    assert page.independence.counted_as == demo_id("report:horriya-2017-10-30")
    assert hamidiya.result.independent_sources == 3  # Horriya + its relay, the network, the monitor
    assert (hamidiya.result.low, hamidiya.result.best, hamidiya.result.high) == (7, 7, 9)


def test_scan_stores_what_the_conflicts_list_shows(xdemo: Database) -> None:
    summary = do_scan(xdemo)
    assert summary.groups == 8 and summary.open == 3 and summary.written == 8
    f = figures(xdemo)
    hamidiya = f[(demo_id("incident:strike-hamidiya"), "killed", "civilians")]
    assert (hamidiya.low, hamidiya.best, hamidiya.high, hamidiya.rule) == (7, 7, 9, RULE_NAME)
    assert (hamidiya.status, hamidiya.claims_count, hamidiya.independent_sources) == ("conflicting", 4, 3)
    children = f[(demo_id("incident:strike-hamidiya"), "killed", "children")]  # a breakdown: its own group
    assert (children.status, children.best) == ("single source", 2)
    siege = f[(demo_id("incident:siege-deir-ez-zor"), "besieged", "civilians")]
    assert (siege.low, siege.best, siege.high) == (700, 1000, 1000)  # best: the B-rated monitor
    injured = f[(demo_id("incident:strike-hamidiya"), "injured", "civilians")]
    assert (injured.low, injured.best, injured.high) == (12, 12, None)  # "at least 12": no upper bound
    assert do_scan(xdemo).written == 0  # nothing changed: nothing written


def test_sql_scan_agrees_with_the_python_rule(xdemo: Database) -> None:
    do_scan(xdemo)
    stored = figures(xdemo)
    with xdemo.session() as s:
        computed = evaluate(session=s, incident_ids={k[0] for k in stored})
    assert len(computed) == len(stored)
    for (iid, cat, grp), f in stored.items():
        r = computed[(iid, Category(cat), VictimGroup(grp))]
        assert (f.low, f.best, f.high, f.rule, f.status, f.claims_count, f.independent_sources) == (
            r.low, r.best, r.high, r.rule, r.status, r.claims_count, r.independent_sources)
        assert f.severity == pytest.approx(r.severity)


def test_three_sources_7_7_12_is_exactly_one_conflict_and_reconciling_closes_it(build: Builder) -> None:
    from casualtydb.crossref.reconcile import reconcile

    iid = build.incident()
    _, _, c1 = build.sourced_claim(iid, 7, reliability="B", credibility=2)
    build.sourced_claim(iid, 7, reliability="C", credibility=3)
    build.sourced_claim(iid, 12, reliability="C", credibility=3)
    with build.db.session() as s:
        groups = list_conflicts(session=s)
    assert [(g.key, g.status) for g in groups] == [((iid, Category.KILLED, VictimGroup.CIVILIANS),
                                                    ConflictStatus.CONFLICTING)]
    g = groups[0]
    assert sorted(c.min for c in g.claims) == [7, 7, 12]
    assert g.result.severity == pytest.approx(5 / 12)
    assert (g.result.low, g.result.best, g.result.high) == (7, 7, 12)
    with build.db.transaction(user="auditor") as s:
        reconcile(session=s, incident_id=iid, category="killed", group="civilians", low=7, best=7, high=7,
                  rationale="two independent sources agree on 7; 12 includes the wounded", claim_ids=[c1])
    with build.db.session() as s:
        assert list_conflicts(session=s) == []
        again = list_conflicts(session=s, include_reconciled=True)
        assert [g.status for g in again] == [ConflictStatus.RECONCILED]
        assert again[0].assessment.claim_ids == (c1,)
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert (f.status, f.low, f.best, f.high, f.rule) == ("reconciled", 7, 7, 7, "auditor")


def test_revision_counts_by_stated_at_and_keeps_the_timeline(build: Builder) -> None:
    iid = build.incident()
    src = build.source("live network")
    rep = build.report(src)
    # Entered out of order: the later statement is entered first.
    build.claim(rep, iid, 9, stated_at=ts(D, 18))
    build.claim(rep, iid, 5, stated_at=ts(D, 11))
    build.sourced_claim(iid, 9)
    with build.db.session() as s:
        detail = conflict_detail(session=s, incident_id=iid, category="killed", group="civilians")
    assert detail.status == ConflictStatus.CORROBORATED  # 9 (latest) agrees with the other source's 9
    assert [(c.min, c.latest) for c in detail.claims if c.source_en == "live network"] == [(9, True), (5, False)]


def test_revision_without_stated_at_uses_entry_order(build: Builder) -> None:
    iid = build.incident()
    src = build.source("no times")
    rep = build.report(src)
    build.claim(rep, iid, 4)
    build.claim(rep, iid, 6)  # entered later: the current figure
    with build.db.session() as s:
        r = evaluate(session=s, incident_ids=[iid])[(iid, Category.KILLED, VictimGroup.CIVILIANS)]
    assert (r.best, r.claims_count, r.status) == (6, 1, ConflictStatus.SINGLE_SOURCE)


@pytest.mark.parametrize(("a", "b", "tolerance", "status"), [
    ((700, 700, True), (760, 760, True), 0.10, ConflictStatus.CORROBORATED),  # ~700 ±10 % reaches 770
    ((700, 700, True), (760, 760, True), 0.0, ConflictStatus.CONFLICTING),
    ((700, 700, True), (1000, 1000, True), 0.10, ConflictStatus.CONFLICTING),  # 770 < 900
    ((12, None, False), (9, 9, False), 0.10, ConflictStatus.CONFLICTING),  # "at least 12" vs 9
    ((12, None, False), (15, 15, False), 0.10, ConflictStatus.CORROBORATED),  # "at least 12" vs 15
    ((5, 9, False), (7, 7, False), 0.10, ConflictStatus.CORROBORATED),  # ranges that overlap
    ((5, 6, False), (8, 10, False), 0.10, ConflictStatus.CONFLICTING),  # ranges that do not
])
def test_conflict_rules(build: Builder, a: tuple, b: tuple, tolerance: float, status: ConflictStatus) -> None:
    iid = build.incident()
    for lo, hi, approx in (a, b):
        build.sourced_claim(iid, lo, max_=hi, approximate=approx)
    do_scan(build.db, tolerance)
    assert figures(build.db)[(iid, "killed", "civilians")].status == status
    with build.db.session() as s:
        assert evaluate(session=s, incident_ids=[iid], tolerance=tolerance)[
            (iid, Category.KILLED, VictimGroup.CIVILIANS)].status == status


def test_tolerance_setting_is_the_default(build: Builder) -> None:
    from casualtydb.crossref.settings import get_tolerance, set_tolerance

    iid = build.incident()
    build.sourced_claim(iid, 700, approximate=True)
    build.sourced_claim(iid, 760, approximate=True)
    with build.db.transaction() as s:
        assert get_tolerance(session=s) == pytest.approx(0.10)
        set_tolerance(session=s, percent=0)
        scan(session=s)
    assert figures(build.db)[(iid, "killed", "civilians")].status == "conflicting"


def test_single_source_corroborated_and_same_source_counts_once(build: Builder) -> None:
    iid = build.incident()
    src = build.source("one outlet")
    build.claim(build.report(src), iid, 7)
    do_scan(build.db)
    assert figures(build.db)[(iid, "killed", "civilians")].status == "single source"
    build.claim(build.report(src, date(2017, 10, 31)), iid, 7)  # a second report of the same source
    with build.db.transaction() as s:
        refresh_incidents(session=s, incident_ids=[iid])
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert (f.status, f.claims_count, f.independent_sources) == ("single source", 2, 1)
    build.sourced_claim(iid, 7)
    with build.db.transaction() as s:
        refresh_incidents(session=s, incident_ids=[iid])
    assert figures(build.db)[(iid, "killed", "civilians")].status == "corroborated"


def test_relays_are_followed_transitively_and_relayed_sources_count_as_that_source(build: Builder) -> None:
    iid = build.incident()
    origin_src = build.source("origin")
    origin = build.report(origin_src)
    build.claim(origin, iid, 7)
    hop1 = build.report(build.source("hop one"), relays_report=origin)
    build.claim(hop1, iid, 7)
    hop2 = build.report(build.source("hop two"), relays_report=hop1)
    build.claim(hop2, iid, 7)
    named = build.report(build.source("names its source"), relays_source=origin_src)
    build.claim(named, iid, 7)
    do_scan(build.db)
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert (f.status, f.claims_count, f.independent_sources) == ("single source", 4, 1)
    with build.db.session() as s:
        detail = conflict_detail(session=s, incident_id=iid, category="killed", group="civilians")
    labels = {c.report_id: c.independence.label for c in detail.claims}
    assert labels == {origin: "independent", hop1: "relay", hop2: "relay", named: "relay"}
    assert {c.independence.counted_as for c in detail.claims} == {origin}


def test_relay_cycle_does_not_hang(build: Builder) -> None:
    from casualtydb.models import Report

    iid = build.incident()
    a = build.report(build.source("a"))
    b = build.report(build.source("b"), relays_report=a)
    with build.db.transaction() as s:
        s.get(Report, a).relays_report_id = b
    build.claim(a, iid, 3)
    build.claim(b, iid, 3)
    do_scan(build.db)
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert f.claims_count == 2 and f.status in ("single source", "corroborated")


def test_near_copies_are_flagged_probably_not_independent(build: Builder) -> None:
    iid = build.incident()
    original = build.report(build.source("Horriya", "C"), D, text=seed_text())
    copy = build.report(build.source("a page", "D"), D.replace(day=31), text=PAGE_TEXT)  # no relay link recorded
    other = build.report(build.source("monitor", "B"), D, text="Seven civilians were killed in airstrikes today.")
    for rep in (original, copy, other):
        build.claim(rep, iid, 7)
    with build.db.session() as s:
        detail = conflict_detail(session=s, incident_id=iid, category="killed", group="civilians")
    by_report = {c.report_id: c.independence for c in detail.claims}
    assert by_report[copy].label == "near copy" and by_report[copy].near_copy_of == original
    assert by_report[copy].similarity >= 0.9
    assert by_report[original].label == by_report[other].label == "independent"
    assert detail.result.independent_sources == 3  # declared independence: what the scan counts
    assert detail.probably_independent == 2
    data = detail.to_json()
    assert data["probably_independent_sources"] == 2
    assert {c["independence"] for c in data["claims"]} == {"independent", "near copy"}


def test_needs_review_when_a_later_claim_falls_outside_the_accepted_range(build: Builder) -> None:
    from casualtydb.crossref.reconcile import reconcile

    iid = build.incident()
    build.sourced_claim(iid, 7)
    build.sourced_claim(iid, 12)
    with build.db.transaction() as s:
        reconcile(session=s, incident_id=iid, category="killed", group="civilians", low=7, best=8, high=12,
                  rationale="range of the two reports")
    build.sourced_claim(iid, 10)  # inside the accepted range
    with build.db.transaction() as s:
        refresh_incidents(session=s, incident_ids=[iid])
    assert figures(build.db)[(iid, "killed", "civilians")].status == "reconciled"
    build.sourced_claim(iid, 30)  # outside it
    with build.db.transaction() as s:
        refresh_incidents(session=s, incident_ids=[iid])
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert (f.status, f.low, f.best, f.high) == ("needs review", 7, 8, 12)
    with build.db.session() as s:
        assert [g.status for g in list_conflicts(session=s)] == [ConflictStatus.NEEDS_REVIEW]


def test_vague_claims_count_as_sources_but_not_figures(build: Builder) -> None:
    iid = build.incident()
    build.sourced_claim(iid, None, max_=None, vague="dozens")
    build.sourced_claim(iid, 24)
    do_scan(build.db)
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert (f.low, f.best, f.high, f.claims_count, f.independent_sources, f.status) == (
        24, 24, 24, 2, 2, "single source")


def test_best_prefers_reliability_then_credibility_then_recency(build: Builder) -> None:
    iid = build.incident()
    build.sourced_claim(iid, 10, reliability="C", credibility=1)
    build.sourced_claim(iid, 11, reliability="B", credibility=3)
    build.sourced_claim(iid, 12, reliability="B", credibility=3, published=date(2017, 11, 2))
    build.sourced_claim(iid, 40, reliability="E", credibility=1)  # unreliable: not credible
    build.sourced_claim(iid, 2, reliability="A", credibility=5)  # improbable: not credible
    do_scan(build.db)
    f = figures(build.db)[(iid, "killed", "civilians")]
    assert (f.low, f.best, f.high) == (10, 12, 12)


def test_refresh_after_deleting_every_claim_drops_the_figures(build: Builder) -> None:
    from casualtydb.models import Claim

    iid = build.incident()
    _, _, cid = build.sourced_claim(iid, 5)
    do_scan(build.db)
    with build.db.transaction() as s:
        s.delete(s.get(Claim, cid))
        s.flush()
        refresh_incidents(session=s, incident_ids=[iid])
    assert figures(build.db) == {}


def test_figure_labels() -> None:
    assert [figure_label(7, 7), figure_label(5, 9), figure_label(12, None), figure_label(700, 700, True),
            figure_label(None, None, vague="dozens")] == ["7", "5–9", "≥12", "~700", "dozens"]


def test_rule_edge_cases() -> None:
    o = uuid.uuid4()

    def c(lo: int | None, hi: int | None, rel: str = "C", cred: int | None = None) -> Compared:
        return Compared(uuid.uuid4(), uuid.uuid4(), o, lo, hi, reliability=rel, credibility=cred)

    assert derive([]).best is None
    only_unreliable = derive([c(3, 3, "E"), c(5, 5, "E")])  # none credible: all are used
    assert (only_unreliable.low, only_unreliable.high) == (3, 5)
    open_ended = derive([c(12, None), c(20, None)])
    assert (open_ended.low, open_ended.high) == (12, None) and open_ended.best in (12, 20)
    assert severity([c(0, 0), c(3, 3)]) == 1.0
    assert not is_conflicting([c(12, None), c(20, None)], 0.1)


def test_sql_scan_agrees_with_the_python_rule_on_a_generated_database(tmp_path, monkeypatch) -> None:
    """Hundreds of incidents with relays, revisions, vague and open-ended figures, ties for best."""
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2]))  # the shared benchmark generator
    from benchmarks.generate import generate
    from casualtydb.db import open_database

    path = tmp_path / "generated.db"
    generate(path, incidents=400, seed=7, sources=40)
    db = open_database(path)
    try:
        summary = do_scan(db)
        assert summary.groups > 500 and summary.by_status.get(ConflictStatus.CONFLICTING, 0) > 20
        stored = figures(db)
        with db.session() as s:
            computed = evaluate(session=s, incident_ids={k[0] for k in stored})
        assert len(computed) == len(stored)
        for (iid, cat, grp), f in stored.items():
            r = computed[(iid, Category(cat), VictimGroup(grp))]
            assert (f.low, f.best, f.high, f.status, f.claims_count, f.independent_sources) == (
                r.low, r.best, r.high, r.status, r.claims_count, r.independent_sources), (iid, cat, grp)
            assert f.severity == pytest.approx(r.severity)
        # Refreshing a handful of incidents gives the same rows as the full scan.
        some = sorted({k[0] for k in stored}, key=str)[:25]
        with db.transaction() as s:
            assert refresh_incidents(session=s, incident_ids=some).written == 0
    finally:
        db.dispose()
