"""The normalised search: spelling variants, ranking, AND of words, the index kept current by ORM
writes and rebuilt for Core writes, the same results on SQLite and PostgreSQL, and an index plan."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, insert, select, text

from casualtydb.db import Database, open_database
from casualtydb.models import (
    Actor,
    Incident,
    IncidentActor,
    IncidentPlace,
    Place,
    PlaceLevel,
    Report,
    SearchDocument,
    SearchTerm,
    Source,
)
from casualtydb.search import counts, query_words, reindex, search


def ids(hits, kind=None):
    return [h.id for h in hits if kind is None or h.kind == kind]


@pytest.fixture
def src(db: Database) -> uuid.UUID:
    with db.transaction() as s:
        source = Source(name_ar="شبكة أخبار الفرات", name_en="Euphrates News")
        s.add(source)
    return source.id


def add_report(db: Database, source_id: uuid.UUID, body: str, title: str | None = None) -> uuid.UUID:
    with db.transaction() as s:
        r = Report(source_id=source_id, title=title, text=body, language="ar")
        s.add(r)
    return r.id


@pytest.mark.parametrize("stored, query", [
    ("استهداف مدرسة إدلب", "ادلب"),            # hamza under alef
    ("استهداف مدرسة ادلب", "إدلب"),
    ("قصف على أريحا", "اريحا"),                # hamza above alef
    ("قصف آليات", "اليات"),                    # madda
    ("قصف المدرسة", "مدرسه"),                  # taa marbuta / haa, and the article
    ("مشفى الرحمة", "مشفي"),                   # alef maqsura / yaa
    ("استشهد سبعةُ مدنيّين", "سبعة مدنيين"),   # diacritics
    ("استشــهد سبعة", "استشهد"),                # tatweel
    ("حصار ٧٠٠ مدني", "700"),                  # Eastern Arabic digits in the text
    ("حصار 700 مدني", "٧٠٠"),                  # ... and in the query
    ("وبالحميدية سقط", "الحميدية"),            # proclitics و ب
    ("Civilians killed in Al-Hamidiya", "hamidiya"),  # Latin case
])
def test_spelling_variants_find_the_report(db: Database, src: uuid.UUID, stored: str, query: str) -> None:
    rid = add_report(db, src, stored)
    other = add_report(db, src, "نص آخر لا علاقة له")
    with db.session() as s:
        found = ids(search(session=s, text=query, kinds=["report"]))
    assert rid in found and other not in found


def test_every_word_must_match(db: Database, src: uuid.UUID) -> None:
    both = add_report(db, src, "قصف جوي على حي الحميدية في دير الزور")
    one = add_report(db, src, "قصف مدفعي على حي الحميدية في حماة")
    with db.session() as s:
        assert set(ids(search(session=s, text="الحميدية دير", kinds=["report"]))) == {both}
        assert set(ids(search(session=s, text="حميدية", kinds=["report"]))) == {both, one}
        assert search(session=s, text="الحميدية طرطوس", kinds=["report"]) == []


def test_prefix_matches_rank_below_exact_and_names_above_text(db: Database, src: uuid.UUID) -> None:
    exact = add_report(db, src, "غارة على السوق")
    prefix = add_report(db, src, "غارات على السوق")
    titled = add_report(db, src, "نص عن حادثة", title="غارة جوية")
    with db.session() as s:
        order = ids(search(session=s, text="غارة", kinds=["report"]))
    assert order == [titled, exact, prefix]


def test_single_letter_matches_only_itself(db: Database, src: uuid.UUID) -> None:
    add_report(db, src, "مدنيين")
    with db.session() as s:
        assert search(session=s, text="م", kinds=["report"]) == []


def test_kinds_limit_and_empty_queries(demo_db: Database) -> None:
    with demo_db.session() as s:
        every = search(session=s, text="الحميدية")
        assert {h.kind for h in every} >= {"place", "incident", "report"}
        places = search(session=s, text="الحميدية", kinds=["place"])
        assert places and {h.kind for h in places} == {"place"}
        assert len(search(session=s, text="دير الزور", limit=3)) == 3
        assert search(session=s, text="") == [] and search(session=s, text=" ،؛… ") == []
        with pytest.raises(ValueError):
            search(session=s, text="x", kinds=["claims"])


def test_hits_have_titles_and_snippets_around_the_match(demo_db: Database) -> None:
    with demo_db.session() as s:
        hits = search(session=s, text="السوسه", kinds=["report"])
    horriya = next(h for h in hits if "داعش" in h.title)
    assert "حرية برس" in horriya.snippet and "السوسة" in horriya.snippet
    assert len(horriya.snippet) < 260 and "\n" not in horriya.snippet


def test_demo_finds_each_kind(demo_db: Database) -> None:
    with demo_db.session() as s:
        def top(q: str, kind: str) -> str:
            return search(session=s, text=q, kinds=[kind], limit=1)[0].title

        assert "حرية برس" in top("حريه", "source")
        assert "Horriya" in top("horriya press", "source")
        assert "تنظيم الدولة" in top("داعش", "actor")
        assert "الشيخ ياسين" in top("الشيخ ياسين", "place")
        assert "السوسة" in top("السوسة روسي", "incident")
        # An incident is found by the names of its places, even in another language.
        assert search(session=s, text="Sheikh Yassin", kinds=["incident"])


# --- the index follows ORM writes ------------------------------------------------------------

def test_updates_and_deletes_follow(db: Database, src: uuid.UUID) -> None:
    rid = add_report(db, src, "قصف على بلدة خان شيخون")
    with db.transaction() as s:
        s.get(Report, rid).text = "قصف على مدينة معرة النعمان"
    with db.session() as s:
        assert search(session=s, text="شيخون", kinds=["report"]) == []
        assert ids(search(session=s, text="معره", kinds=["report"])) == [rid]
    with db.transaction() as s:
        s.delete(s.get(Report, rid))
    with db.session() as s:
        assert search(session=s, text="معره", kinds=["report"]) == []
        assert s.scalar(select(func.count()).select_from(SearchDocument).where(
            SearchDocument.record_id == rid)) == 0


def _place(s, name_ar: str) -> Place:
    return s.scalars(select(Place).where(Place.name_ar == name_ar, Place.level == PlaceLevel.NEIGHBOURHOOD)).first()


def test_incidents_follow_their_places_and_actors(db: Database) -> None:
    with db.transaction() as s:
        inc = Incident(start_date=date(2017, 10, 30), description_ar="غارة")
        s.add(inc)
        s.flush()
        s.add(IncidentPlace(incident_id=inc.id, place_id=_place(s, "الجبيلة").id, is_primary=True))
        actor = s.scalars(select(Actor).where(Actor.name_en == "Russian forces")).one()
        s.add(IncidentActor(incident_id=inc.id, actor_id=actor.id))
    with db.session() as s:
        assert ids(search(session=s, text="الجبيله غارة", kinds=["incident"])) == [inc.id]
        assert ids(search(session=s, text="غارة russian", kinds=["incident"])) == [inc.id]
        assert ids(search(session=s, text="2017-10-30", kinds=["incident"])) == [inc.id]
    # Renaming the place re-indexes the incidents there and the places inside it.
    with db.transaction() as s:
        place = _place(s, "الجبيلة")
        place.alt_names = [*place.alt_names, "جبيلة الفرات"]
    with db.session() as s:
        assert ids(search(session=s, text="جبيله الفرات", kinds=["incident"])) == [inc.id]
    # Moving the link away removes the old place's words.
    with db.transaction() as s:
        link = s.scalars(select(IncidentPlace).where(IncidentPlace.incident_id == inc.id)).one()
        link.place_id = _place(s, "العمال").id
    with db.session() as s:
        assert search(session=s, text="الجبيله غارة", kinds=["incident"]) == []
        assert ids(search(session=s, text="العمال غارة", kinds=["incident"])) == [inc.id]


def test_a_merged_incident_leaves_the_results(demo_db: Database) -> None:
    with demo_db.session() as s:
        before = ids(search(session=s, text="مشفى ميداني", kinds=["incident"]))
    assert len(before) == 1
    with demo_db.transaction() as s:
        kept = s.scalars(select(Incident).where(Incident.id != before[0])).first()
        s.get(Incident, before[0]).merged_into_id = kept.id
    with demo_db.session() as s:
        assert search(session=s, text="مشفى ميداني", kinds=["incident"]) == []


def _snapshot(s) -> set[tuple]:
    return set(s.execute(select(SearchDocument.kind, SearchDocument.record_id, SearchDocument.size,
                                SearchTerm.token, SearchTerm.weight)
                         .join(SearchTerm, SearchTerm.document_id == SearchDocument.id)).all())


def test_hooks_and_a_full_rebuild_agree(demo_db: Database) -> None:
    with demo_db.session() as s:
        by_hooks = _snapshot(s)
    with demo_db.transaction() as s:
        reindex(session=s)
    with demo_db.session() as s:
        assert _snapshot(s) == by_hooks
        assert counts(session=s)["report"] == 5


def test_core_bulk_writers_reindex_what_they_wrote(db: Database, src: uuid.UUID) -> None:
    new_ids = [uuid.uuid4() for _ in range(3)]
    rows = [{"id": i, "source_id": src, "text": f"تقرير مستورد رقم {n} عن قرية الشحيل", "notes_sensitive": False,
             "created_by": "import", "updated_by": "import", "version": 1,
             "created_at": func.now(), "updated_at": func.now()} for n, i in enumerate(new_ids)]
    with db.transaction() as s:
        for row in rows:
            s.execute(insert(Report.__table__).values(**row))
    with db.session() as s:
        assert search(session=s, text="الشحيل") == []  # Core writes bypass the hook...
    with db.transaction() as s:
        assert reindex(session=s, kind="report", ids=new_ids) == 3  # ...until the writer reindexes
    with db.session() as s:
        assert set(ids(search(session=s, text="الشحيل"))) == set(new_ids)
    with db.transaction() as s:
        s.execute(Report.__table__.delete().where(Report.__table__.c.id == new_ids[0]))
        reindex(session=s.connection(), kind="report", ids=[new_ids[0]])  # a Connection works too
    with db.session() as s:
        assert set(ids(search(session=s, text="الشحيل"))) == set(new_ids[1:])


def test_a_failed_transaction_leaves_the_index_as_it_was(db: Database, src: uuid.UUID) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Report(source_id=src, text="نص لن يحفظ أبدا"))
        s.flush()
        raise RuntimeError("boom")
    with db.session() as s:
        assert search(session=s, text="يحفظ") == []


# --- the SQL ---------------------------------------------------------------------------------

def test_query_words_are_normalised() -> None:
    words = query_words("والحميديّة  إدلب ٧٠٠ Hamidiya")
    assert [w.word for w in words] == ["والحميديه", "ادلب", "700", "hamidiya"]
    assert words[0].stem == "حميديه" and words[1].stem is None


def test_the_search_uses_the_token_index(db: Database) -> None:
    from casualtydb.search import _TERMS, _match

    cond, _ = _match(query_words("حميدية")[0])
    stmt = select(_TERMS.c.document_id).where(cond)
    with db.engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "SEARCH search_terms USING PRIMARY KEY (token>? AND token<?)" in plan, plan
    assert "SCAN" not in plan, plan


@pytest.mark.postgres
def test_postgresql_gives_the_same_results(pg_url: str) -> None:
    from casualtydb.demo import load_demo

    database = open_database(pg_url)
    try:
        load_demo(database)
        with database.session() as s:
            hits = search(session=s, text="الحميديه", limit=10)
            assert {"place", "incident", "report"} <= {h.kind for h in hits}
            assert search(session=s, text="٧٠٠ مدني", kinds=["report"])
            # Code-point order: the prefix range must not depend on the server's collation.
            collation = s.execute(text(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'search_terms' AND column_name = 'token'")).scalar_one()
            assert collation == "C"
        with database.transaction() as s:
            before = _snapshot(s)
            reindex(session=s)
            assert _snapshot(s) == before
    finally:
        database.dispose()
