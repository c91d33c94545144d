"""Decisions about persons through the one write path: merge, unmerge, split, not the same;
each in the audit log with its context, and what each changed reported as Changes."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.db import open_database
from casualtydb.errors import CasualtyDBError
from casualtydb.models import AuditEntry, Mention, Person, PersonMerge
from casualtydb.victims import decisions
from casualtydb.writes import write


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "d.db")
    yield database
    database.dispose()


def _person(db, name: str) -> uuid.UUID:
    def fn(s, _):
        p = Person(display_name=name)
        s.add(p)
        s.flush()
        s.add(Mention(person_id=p.id, name=name))
        return p.id
    return write(db, fn).result


def test_mentions_get_their_name_keys_from_the_audit_hook(db) -> None:
    pid = _person(db, "الطفل محمد بن أحمد العلي")
    with db.session() as s:
        m = s.scalars(select(Mention).where(Mention.person_id == pid)).one()
        assert (m.block1, m.block2, m.name_key) == ("mhmd|l", "mhmd|hmd", "mhmd hmd l")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_id == m.id)).one()
        assert entry.new["block1"] == "mhmd|l"  # the audit entry holds what is stored


def test_merge_unmerge_chain_and_changes(db) -> None:
    a, b, c = (_person(db, n) for n in ("محمد العلي", "Mohammad al-Ali", "محمد علي"))
    done = write(db, lambda s, _: decisions.merge(s, a, b), context="people-merge")
    assert done.changes.ids("person") >= {a, b}
    write(db, lambda s, _: decisions.merge(s, c, a))
    with db.session() as s:
        assert decisions.resolve(s, b) == c
        assert s.scalar(select(Mention.person_id).where(Mention.name == "Mohammad al-Ali")) == c
        contexts = {e.context for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "person_merges"))}
        assert contexts == {"people-merge; merge persons", "merge persons"}
    with pytest.raises(CasualtyDBError, match="merged into"):
        write(db, lambda s, _: decisions.unmerge(s, b))  # A was merged into C since: undo that first
    write(db, lambda s, _: decisions.unmerge(s, a))
    write(db, lambda s, _: decisions.unmerge(s, b))
    with db.session() as s:
        owners = dict(s.execute(select(Mention.name, Mention.person_id)).tuples().all())
        assert owners == {"محمد العلي": a, "Mohammad al-Ali": b, "محمد علي": c}
        assert all(r.undone_at is not None for r in s.scalars(select(PersonMerge)))


def test_not_same_holds_for_what_they_are_merged_into(db) -> None:
    a, b, c = (_person(db, n) for n in ("علي حسن", "علي حسين", "Ali Hassan"))
    write(db, lambda s, _: decisions.not_same(s, a, b))
    write(db, lambda s, _: decisions.merge(s, c, a))
    with db.session() as s:
        assert decisions.dismissed_pairs(s) == {frozenset((c, b))}
    with pytest.raises(CasualtyDBError):
        write(db, lambda s, _: decisions.not_same(s, a, a))


def test_split_needs_a_mention_left_behind(db) -> None:
    a = _person(db, "خالد عمر")
    with db.session() as s:
        only = s.scalar(select(Mention.id).where(Mention.person_id == a))
    with pytest.raises(CasualtyDBError, match="nothing would be left"):
        write(db, lambda s, _: decisions.split(s, [only]))
    b = _person(db, "Khaled Omar")
    write(db, lambda s, _: decisions.merge(s, a, b))
    new = write(db, lambda s, _: decisions.split(s, [only]).id).result
    with db.session() as s:
        assert s.scalar(select(Mention.person_id).where(Mention.id == only)) == new
