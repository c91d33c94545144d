"""Candidate pairs of persons that may be one individual: blocking in the database, scoring in
Python (compare.py), best first.

Blocking: each mention carries four keys (models/person.py): given|last, given|second,
second|last of its name's skeletons, and given|date. A pass per key reads the mentions sorted by it (an
index), so memory holds one block at a time however long the list; a pair sharing an earlier
pass's key was already compared and is skipped, so no set of seen pairs is kept either. The
four keys together survive a misspelled or missing part. A block larger than BIG_BLOCK (the
محمد أحمد of a large list) is compared as a sorted neighbourhood instead: by date, each mention
against those within WINDOW_DAYS. Pairs that differ in sex, by more than ten years of age or a
year of date are not scored (compare.hopeless). Pairs a person said are not the same, and mentions of one
person, are never proposed. Only pairs at or above the threshold are kept (per pair of persons,
the best pair of their mentions)."""

from __future__ import annotations

import multiprocessing
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import groupby
from typing import Any

from sqlalchemy import URL, String, cast, func, select
from sqlalchemy.orm import Session

from ..db import Database, open_database
from ..models import Mention, Place
from ..names import ParsedName, from_parts
from .compare import (DEFAULT_THRESHOLD, Record, Stats, best_besides_name, bits_needed, compare,
                      evidence_besides_name, hopeless, name_ceiling, widest_gap)
from .decisions import dismissed_pairs

BIG_BLOCK = 150
HUGE_BLOCK = 1_000
WINDOW_DAYS = 120
MIN_WINDOW_DAYS = 7
NEIGHBOURS = 40
READ_CHUNK = 5_000
PARALLEL_FROM = 50_000  # mentions; below, starting the processes costs more than it saves
KEYS = ("block1", "block2", "block3", "block4")


@dataclass
class Candidate:
    a: uuid.UUID  # person
    b: uuid.UUID
    score: float
    reasons: list[str]
    mentions: tuple[uuid.UUID, uuid.UUID]  # the pair of mentions that scored best


@dataclass
class Search:
    candidates: list[Candidate]
    compared: int = 0
    blocks: int = 0
    mentions: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    processes: int = 1  # the passes ran in this many worker processes (1: in the caller's)


@lru_cache(maxsize=65_536)
def _parsed(name: str | None, given: str | None, father: str | None, grandfather: str | None,
            family: str | None) -> ParsedName:
    return from_parts(name=name, given=given, father=father, grandfather=grandfather, family=family)


def name_stats(session: Session) -> Stats:
    """Token and given|last frequencies of the mentions' names (compare.Stats)."""
    freq, total = token_frequencies(session)
    pairs: Counter[str] = Counter()
    mentions = 0
    for key, count in session.execute(select(Mention.block1, func.count()).group_by(Mention.block1)):
        mentions += count
        if key is not None:
            pairs[key] = count
    return Stats(freq, total, pairs, mentions)


def token_frequencies(session: Session) -> tuple[Counter[str], int]:
    """How often each skeleton occurs in the mentions' names (for the rarity of an agreement)."""
    freq: Counter[str] = Counter()
    total = 0
    for part in session.execute(select(Mention.name_key).execution_options(yield_per=READ_CHUNK)).scalars() \
            .partitions(READ_CHUNK):
        for key in part:
            words = key.split()
            freq.update(words)
            total += len(words)
    return freq, total


def _text(column: Any) -> Any:
    return cast(column, String)


def _hex(text: str) -> str:
    """A uuid as its 32 hex digits, whether the database wrote it so (SQLite) or dashed (PostgreSQL)."""
    return text.replace("-", "")


def _rows(session: Session, key: str) -> Iterator[Any]:
    column = getattr(Mention, key)
    # Ids as text (hex): converting a million of them to uuid.UUID costs more than comparing them.
    stmt = (select(_text(Mention.id).label("id"), _text(Mention.person_id).label("person_id"), Mention.external_id, Mention.name, Mention.given, Mention.father,
                   Mention.grandfather, Mention.family, Mention.sex, Mention.age, Mention.age_group,
                   Mention.fate_date, Mention.block1, Mention.block2, Mention.block3, Mention.block4,
                   Place.path)
            .outerjoin(Place, Place.id == Mention.place_id)
            .where(column.is_not(None)).order_by(column, Mention.id).execution_options(yield_per=READ_CHUNK))
    for part in session.execute(stmt).partitions(READ_CHUNK):
        yield from part


def _record(row: Any, stats: Stats) -> Record:
    name = _parsed(row.name, row.given, row.father, row.grandfather, row.family)
    group = row.age_group
    mention = _hex(row.id)
    return Record(mention=mention, person=_hex(row.person_id), ref=row.external_id or mention, name=name,
                  sex=row.sex.value if row.sex is not None else None, age=row.age,
                  child=None if group is None else group == "child",
                  day=row.fate_date.toordinal() if row.fate_date is not None else None, place=row.path,
                  ceiling=name_ceiling(name, stats))


def _pairs(block: list[tuple[Any, Record]], need: float) -> Iterator[tuple[int, int]]:
    """The pairs of a block to compare. Dated mentions meet by date, sorted, within a window:
    the widest gap at which the block's best-named pair could still reach `need` bits (so
    narrowing it loses nothing), and in a large block no wider than WINDOW_DAYS, narrowing as
    the block grows so that each mention meets a bounded number of others. In a small block an
    undated mention meets every other; in a large one, undated mentions meet the next NEIGHBOURS
    by their name's key and no dated one (a pair with nothing but a common name to go on would
    not reach the threshold)."""
    n = len(block)
    ceiling = max(rec.ceiling for _, rec in block)
    gap = widest_gap(ceiling, need)
    if gap is None:
        return  # not even the same day would do
    undated_meet = ceiling + best_besides_name(None) >= need
    window = gap if n <= BIG_BLOCK else min(
        gap, WINDOW_DAYS if n <= HUGE_BLOCK else max(MIN_WINDOW_DAYS, WINDOW_DAYS * HUGE_BLOCK // n))
    dated = sorted((k for k in range(n) if block[k][1].day is not None), key=lambda k: block[k][1].day)  # type: ignore[arg-type, return-value]
    for pos, i in enumerate(dated):
        day = block[i][1].day
        for q in range(pos + 1, len(dated)):
            j = dated[q]
            if block[j][1].day - day > window:  # type: ignore[operator]
                break
            yield (i, j) if i < j else (j, i)
    if not undated_meet:
        return
    undated = [k for k in range(n) if block[k][1].day is None]
    if n <= BIG_BLOCK:
        for pos, i in enumerate(undated):
            for j in range(n):
                if block[j][1].day is not None or j > i:
                    yield (i, j) if i < j else (j, i)
        return
    undated.sort(key=lambda k: block[k][1].name.key())
    for pos, i in enumerate(undated):
        for j in undated[pos + 1:pos + 1 + NEIGHBOURS]:
            yield (i, j) if i < j else (j, i)


def _pass(session: Session, pass_no: int, stats: Stats, need: float, threshold: float,
          dismissed: set[frozenset[str]], progress: Callable[[str, int], None] | None = None
          ) -> tuple[dict[tuple[str, str], Candidate], int, int, int]:
    """One blocking pass: (the best candidate per pair of persons, mentions read, blocks,
    pairs scored). Passes are independent (a pair sharing an earlier pass's key is skipped by
    the keys alone), so they can run in any order or at once."""
    key = KEYS[pass_no]
    earlier = KEYS[:pass_no]
    best: dict[tuple[str, str], Candidate] = {}
    count = blocks = compared = 0
    for _, group in groupby(_rows(session, key), key=lambda r: getattr(r, key)):
        block = list(group)
        count += len(block)
        if len(block) < 2:
            continue
        blocks += 1
        recs = [(tuple(getattr(row, k) for k in earlier), _record(row, stats)) for row in block]
        for i, j in _pairs(recs, need):
            ra, rb = recs[i], recs[j]
            a, b = ra[1], rb[1]
            if a.person == b.person:
                continue
            if earlier and any(x is not None and x == y for x, y in zip(ra[0], rb[0])):
                continue  # compared in an earlier pass
            pair = (a.person, b.person) if a.person < b.person else (b.person, a.person)
            if dismissed and frozenset(pair) in dismissed:
                continue
            if hopeless(a, b) or a.ceiling + evidence_besides_name(a, b) < need:
                continue  # cannot reach the threshold, however well the names agree
            compared += 1
            score, _ = compare(a, b, stats, explain=False)
            if score < threshold:
                continue
            score, reasons = compare(a, b, stats)
            known = best.get(pair)  # type: ignore[arg-type]
            if known is None or score > known.score:
                ms = (a.mention, b.mention) if pair[0] == a.person else (b.mention, a.mention)
                best[pair] = Candidate(pair[0], pair[1], score, reasons, ms)  # type: ignore[arg-type, index]
        if progress is not None:
            progress(key, count)
    return best, count, blocks, compared


def _pass_in_process(url: URL, passphrase: str | None, pass_no: int, stats: Stats, need: float, threshold: float,
                     dismissed: set[frozenset[str]]) -> tuple[dict[tuple[str, str], Candidate], int, int, int, float]:
    """`_pass` in a worker process, on a connection of its own."""
    started = time.perf_counter()
    database = open_database(url, passphrase=passphrase, create=False, upgrade=False, seed=False)
    try:
        with database.session() as s, s.begin():
            return (*_pass(s, pass_no, stats, need, threshold, dismissed), time.perf_counter() - started)
    finally:
        database.dispose()


def find_candidates(session: Session, *, threshold: float = DEFAULT_THRESHOLD,
                    progress: Callable[[str, int], None] | None = None, database: Database | None = None,
                    workers: int | None = None) -> Search:
    """Pairs of live persons scoring at least `threshold`, best first.

    Given the `database` the session belongs to, a list of PARALLEL_FROM mentions or more is
    searched with its passes in `workers` processes (default: one per core, at most one per
    pass), each on its own connection: the scoring is Python, so threads would share one core."""
    started = time.perf_counter()
    stats = name_stats(session)
    need = bits_needed(stats, threshold)
    dismissed = {frozenset(p.hex for p in pair) for pair in dismissed_pairs(session)}
    seconds = {"frequencies": time.perf_counter() - started}
    workers = min(len(KEYS), workers or os.cpu_count() or 1)
    results: list[tuple[dict[tuple[str, str], Candidate], int, int, int]] = []
    parallel = database is not None and workers > 1 and stats.mentions >= PARALLEL_FROM
    if parallel:
        # spawn, not fork: the caller may be a Qt app with threads of its own.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            jobs = [pool.submit(_pass_in_process, database.url, database.passphrase, n, stats, need, threshold,
                                dismissed) for n in range(len(KEYS))]
            for n, job in enumerate(jobs):
                *result, took = job.result()
                results.append(tuple(result))  # type: ignore[arg-type]
                seconds[f"pass {KEYS[n]}"] = took
                if progress is not None:
                    progress(KEYS[n], result[1])
    else:
        for n in range(len(KEYS)):
            t = time.perf_counter()
            results.append(_pass(session, n, stats, need, threshold, dismissed, progress))
            seconds[f"pass {KEYS[n]}"] = time.perf_counter() - t
    best: dict[tuple[str, str], Candidate] = {}
    search = Search(candidates=[], mentions=results[0][1], processes=workers if parallel else 1)
    for found, _, blocks, compared in results:  # in pass order: an equal score keeps the earlier pass's pair
        search.blocks += blocks
        search.compared += compared
        for pair, candidate in found.items():
            known = best.get(pair)
            if known is None or candidate.score > known.score:
                best[pair] = candidate
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.a, c.b))  # hex sorts as the uuid does
    search.candidates = [Candidate(uuid.UUID(c.a), uuid.UUID(c.b), c.score, c.reasons,  # type: ignore[arg-type]
                                   (uuid.UUID(c.mentions[0]), uuid.UUID(c.mentions[1])))  # type: ignore[arg-type]
                         for c in ranked]
    search.seconds = seconds
    return search
