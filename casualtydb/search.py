"""One normalised search over reports, incidents, places, actors and sources.

The index is an inverted file in two portable tables (see `casualtydb.models.search`): every
searchable record is a `search_documents` row, and every normalised word of it a `search_terms`
posting `(token, document_id, weight)`, clustered on the token. Words are normalised with
`casualtydb.text.arabic.tokens`, so أ/ا/إ/آ, ة/ه, ى/ي, diacritics, tatweel and Eastern Arabic
digits all meet, and each Arabic word is also indexed without its proclitics (و ب ل ف ك ال).

A query is split the same way; each of its words must match (AND), a word matches a token that
equals it or starts with it (an index range `token >= w AND token < w'`, where w' is w with its
last character incremented: the same SQL and the same plan on SQLite and PostgreSQL).

Keeping the index current:
- ORM writes: `install(AppSession)` registers an `after_flush` hook that re-indexes the records a
  flush inserted, changed or deleted (and the incidents whose places or actors changed), inside
  the same transaction.
- Core bulk writers (import, merge, the benchmark generator) call `reindex(session=..., kind=...,
  ids=...)` for what they touched, or `reindex(session=...)` to rebuild everything
  (`casualtydb reindex` does that).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    case,
    delete,
    event,
    func,
    insert,
    inspect,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from . import sqlite_specific
from .models import (
    Actor,
    Incident,
    IncidentActor,
    IncidentPlace,
    Place,
    Report,
    SearchDocument,
    SearchKind,
    SearchTerm,
    Source,
)
from .models.search import TOKEN_LENGTH
from .text.arabic import is_arabic_letter, normalize, prefix_variants, tokens

__all__ = ["KINDS", "SearchHit", "document_terms", "install", "query_words", "reindex", "search"]

KINDS: tuple[str, ...] = tuple(k.value for k in SearchKind)

# Where a word occurs: a name or title counts most, running text least.
WEIGHT_NAME = 3
WEIGHT_SECONDARY = 2
WEIGHT_TEXT = 1

# How a token matched a query word, multiplied by the token's weight.
_EXACT, _EXACT_STEM, _PREFIX, _PREFIX_STEM = 4, 3, 2, 1

BATCH = 500  # ids per IN (...) list
MAX_QUERY_WORDS = 8
_SNIPPET_SCAN = 200_000  # characters of a long text searched for the snippet
_SNIPPET_BEFORE, _SNIPPET_AFTER = 60, 120

_DOCS = SearchDocument.__table__
_TERMS = SearchTerm.__table__


@dataclass(frozen=True)
class SearchHit:
    """One record found: its kind ("report", "incident", "place", "actor", "source"), id, a
    one-line title, a snippet showing why it matched, and the score it was ranked by."""

    kind: str
    id: uuid.UUID
    title: str
    snippet: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": str(self.id), "title": self.title, "snippet": self.snippet,
                "score": self.score}


# --------------------------------------------------------------------------------------------
# What is indexed


def document_terms(fields: Iterable[tuple[str | None, int]]) -> dict[str, int]:
    """Normalised tokens of (text, weight) pairs, each with the highest weight it occurs with
    (the set `casualtydb.text.arabic.tokens` gives, computed word by word with a cache: the same
    words recur in thousands of reports)."""
    out: dict[str, int] = {}
    for text, weight in fields:
        if not text:
            continue
        for word in set(normalize(text).split()):
            for tok in _word_tokens(word):
                if out.get(tok, 0) < weight:
                    out[tok] = weight
    return out


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[str, ...]:
    """Index tokens of one normalised word: itself and its forms without proclitics, cut to the
    column's length."""
    return tuple(dict.fromkeys(t[:TOKEN_LENGTH] for t in tokens(word)))


def _names(*values: Any) -> list[str]:
    out: list[str] = []
    for v in values:
        if not v:
            continue
        if isinstance(v, (list, tuple)):
            out.extend(str(x) for x in v if x)
        else:
            out.append(str(v))
    return out


def _chunks(ids: Sequence[uuid.UUID], size: int = BATCH) -> Iterator[Sequence[uuid.UUID]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _rows(conn: Connection, stmt: Any, id_col: Any, ids: Sequence[uuid.UUID] | None) -> Iterator[Any]:
    """Rows of stmt for the given ids (in batches), or all rows streamed."""
    if ids is None:
        # On the statement, not the connection: Connection.execution_options() changes the
        # connection itself, and every later INSERT would then ask for a server-side cursor.
        yield from conn.execute(stmt.execution_options(yield_per=2000))
        return
    for chunk in _chunks(ids):
        yield from conn.execute(stmt.where(id_col.in_(chunk)))


def _source_fields(conn: Connection, ids: Sequence[uuid.UUID] | None) -> Iterator[tuple[uuid.UUID, list]]:
    t = Source.__table__
    stmt = select(t.c.id, t.c.name_ar, t.c.name_en, t.c.aliases, t.c.url, t.c.notes, t.c.notes_sensitive)
    for r in _rows(conn, stmt, t.c.id, ids):
        fields = [(n, WEIGHT_NAME) for n in _names(r.name_ar, r.name_en, r.aliases)]
        fields.append((r.url, WEIGHT_SECONDARY))
        if not r.notes_sensitive:
            fields.append((r.notes, WEIGHT_TEXT))
        yield r.id, fields


def _report_fields(conn: Connection, ids: Sequence[uuid.UUID] | None) -> Iterator[tuple[uuid.UUID, list]]:
    t = Report.__table__
    stmt = select(t.c.id, t.c.title, t.c.author, t.c.url, t.c.text, t.c.notes, t.c.notes_sensitive)
    for r in _rows(conn, stmt, t.c.id, ids):
        fields = [(r.title, WEIGHT_NAME), (r.author, WEIGHT_SECONDARY), (r.url, WEIGHT_SECONDARY),
                  (r.text, WEIGHT_TEXT)]
        if not r.notes_sensitive:
            fields.append((r.notes, WEIGHT_TEXT))
        yield r.id, fields


def _ancestor_ids(path: str | None) -> list[uuid.UUID]:
    """Ids in a materialised path ("/<gov>/<district>/…/<self>/"), root first, without the place."""
    return [uuid.UUID(h) for h in (path or "").strip("/").split("/")[:-1] if h]


def _place_names(conn: Connection, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Any]:
    t = Place.__table__
    out: dict[uuid.UUID, Any] = {}
    for chunk in _chunks(list(ids)):
        out.update({r.id: r for r in conn.execute(
            select(t.c.id, t.c.name_ar, t.c.name_en, t.c.level).where(t.c.id.in_(chunk)))})
    return out


def _place_fields(conn: Connection, ids: Sequence[uuid.UUID] | None) -> Iterator[tuple[uuid.UUID, list]]:
    """Names, P-code, and (as running text) the names of the places it lies in, so that
    "الحميدية دير الزور" narrows to the right neighbourhood."""
    t = Place.__table__
    stmt = select(t.c.id, t.c.name_ar, t.c.name_en, t.c.alt_names, t.c.pcode, t.c.path)
    batch: list[Any] = []

    def flush() -> Iterator[tuple[uuid.UUID, list]]:
        names = _place_names(conn, {a for r in batch for a in _ancestor_ids(r.path)})
        for r in batch:
            fields = [(n, WEIGHT_NAME) for n in _names(r.name_ar, r.name_en, r.alt_names, r.pcode)]
            for a in _ancestor_ids(r.path):
                if a in names:
                    fields.extend((n, WEIGHT_TEXT) for n in _names(names[a].name_ar, names[a].name_en))
            yield r.id, fields
        batch.clear()

    for r in _rows(conn, stmt, t.c.id, ids):
        batch.append(r)
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


def _actor_fields(conn: Connection, ids: Sequence[uuid.UUID] | None) -> Iterator[tuple[uuid.UUID, list]]:
    t = Actor.__table__
    stmt = select(t.c.id, t.c.name_ar, t.c.name_en, t.c.aliases, t.c.kind, t.c.notes)
    for r in _rows(conn, stmt, t.c.id, ids):
        fields = [(n, WEIGHT_NAME) for n in _names(r.name_ar, r.name_en, r.aliases)]
        fields += [(r.kind, WEIGHT_TEXT), (r.notes, WEIGHT_TEXT)]
        yield r.id, fields


def _incident_fields(conn: Connection, ids: Sequence[uuid.UUID] | None) -> Iterator[tuple[uuid.UUID, list]]:
    """Descriptions, date, and the names of the incident's places and actors. Incidents merged
    into another are left out (the kept one is found instead)."""
    t = Incident.__table__
    stmt = select(t.c.id, t.c.start_date, t.c.description_ar, t.c.description_en, t.c.notes,
                  t.c.notes_sensitive).where(t.c.merged_into_id.is_(None))
    ip, pl, ia, ac = IncidentPlace.__table__, Place.__table__, IncidentActor.__table__, Actor.__table__
    batch: list[Any] = []

    def flush() -> Iterator[tuple[uuid.UUID, list]]:
        inc_ids = [r.id for r in batch]
        linked: dict[uuid.UUID, list[str]] = defaultdict(list)
        for row in conn.execute(select(ip.c.incident_id, pl.c.name_ar, pl.c.name_en, pl.c.alt_names)
                                .join(pl, pl.c.id == ip.c.place_id).where(ip.c.incident_id.in_(inc_ids))):
            linked[row.incident_id] += _names(row.name_ar, row.name_en, row.alt_names)
        for row in conn.execute(select(ia.c.incident_id, ac.c.name_ar, ac.c.name_en)
                                .join(ac, ac.c.id == ia.c.actor_id).where(ia.c.incident_id.in_(inc_ids))):
            linked[row.incident_id] += _names(row.name_ar, row.name_en)
        for r in batch:
            fields = [(r.description_ar, WEIGHT_SECONDARY), (r.description_en, WEIGHT_SECONDARY),
                      (r.start_date.isoformat() if r.start_date else None, WEIGHT_SECONDARY)]
            fields += [(n, WEIGHT_SECONDARY) for n in linked.get(r.id, ())]
            if not r.notes_sensitive:
                fields.append((r.notes, WEIGHT_TEXT))
            yield r.id, fields
        batch.clear()

    for r in _rows(conn, stmt, t.c.id, ids):
        batch.append(r)
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()


_FIELDS = {
    SearchKind.SOURCE: _source_fields,
    SearchKind.REPORT: _report_fields,
    SearchKind.PLACE: _place_fields,
    SearchKind.ACTOR: _actor_fields,
    SearchKind.INCIDENT: _incident_fields,
}


# --------------------------------------------------------------------------------------------
# Writing the index


def _connection(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def reindex(*, session: Session | Connection, kind: str | SearchKind | None = None,
            ids: Iterable[uuid.UUID] | None = None) -> int:
    """Rebuild the index entries of records, in the caller's transaction; returns how many
    records are indexed afterwards.

    - `reindex(session=s)`: every kind, from scratch (`casualtydb reindex`);
    - `reindex(session=s, kind="report")`: all records of one kind;
    - `reindex(session=s, kind="report", ids=[...])`: those records (ids that no longer exist
      are removed from the index). Core bulk writers call this for the ids they wrote.

    Accepts a Session or a Core Connection; never commits."""
    conn = _connection(session)
    if kind is None and ids is not None:
        raise ValueError("reindex: ids need a kind")
    wanted = None if ids is None else list(dict.fromkeys(ids))
    bulk = wanted is None or len(wanted) > 5 * BATCH
    with sqlite_specific.large_cache(conn) if bulk else nullcontext():
        if kind is None:
            return sum(_reindex_kind(conn, k, None) for k in SearchKind)
        return _reindex_kind(conn, SearchKind(kind), wanted)


def _reindex_kind(conn: Connection, kind: SearchKind, ids: list[uuid.UUID] | None) -> int:
    if ids is None:
        doc_ids = select(_DOCS.c.id).where(_DOCS.c.kind == kind).scalar_subquery()
        conn.execute(delete(_TERMS).where(_TERMS.c.document_id.in_(doc_ids)))
        conn.execute(delete(_DOCS).where(_DOCS.c.kind == kind))
        existing: dict[uuid.UUID, int] = {}
    else:
        if not ids:
            return 0
        existing = {}
        for chunk in _chunks(ids):
            existing.update({r.record_id: r.id for r in conn.execute(
                select(_DOCS.c.id, _DOCS.c.record_id).where(_DOCS.c.kind == kind, _DOCS.c.record_id.in_(chunk)))})
            docs = [existing[i] for i in chunk if i in existing]
            if docs:
                conn.execute(delete(_TERMS).where(_TERMS.c.document_id.in_(docs)))
    indexed = 0
    seen: set[uuid.UUID] = set()
    pending: list[tuple[uuid.UUID, dict[str, int]]] = []
    for record_id, fields in _FIELDS[kind](conn, ids):
        seen.add(record_id)
        pending.append((record_id, document_terms(fields)))
        if len(pending) >= BATCH:
            indexed += _write(conn, kind, pending, existing)
    if pending:
        indexed += _write(conn, kind, pending, existing)
    gone = [doc for rid, doc in existing.items() if rid not in seen]
    for chunk in _chunks(gone):
        conn.execute(delete(_DOCS).where(_DOCS.c.id.in_(chunk)))
    return indexed


def _write(conn: Connection, kind: SearchKind, pending: list[tuple[uuid.UUID, dict[str, int]]],
           existing: dict[uuid.UUID, int]) -> int:
    new = [(rid, terms) for rid, terms in pending if rid not in existing]
    new_ids = {rid for rid, _ in new}
    if new:
        result = conn.execute(insert(_DOCS).returning(_DOCS.c.id, _DOCS.c.record_id),
                              [{"kind": kind, "record_id": rid, "size": len(terms)} for rid, terms in new])
        existing.update({r.record_id: r.id for r in result})
    old = [{"b_doc": existing[rid], "b_size": len(terms)} for rid, terms in pending if rid not in new_ids]
    if old:
        conn.execute(update(_DOCS).where(_DOCS.c.id == bindparam("b_doc")).values(size=bindparam("b_size")), old)
    postings: list[tuple[str, int, int]] = []
    for rid, terms in pending:
        doc = existing[rid]
        postings += [(tok, doc, w) for tok, w in terms.items()]
    postings.sort()
    if postings:
        # Straight to the driver's executemany: tens of thousands of rows per batch, and
        # SQLAlchemy's per-row parameter processing would cost more than the insert itself.
        # Sorted by token, the inserts walk the clustered index in order.
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(
            f"INSERT INTO search_terms (token, document_id, weight) VALUES ({mark}, {mark}, {mark})", postings)
    n = len(pending)
    pending.clear()
    return n


# --------------------------------------------------------------------------------------------
# Keeping the index current on ORM writes

_DIRECT: dict[type, SearchKind] = {
    Source: SearchKind.SOURCE, Report: SearchKind.REPORT, Incident: SearchKind.INCIDENT,
    Place: SearchKind.PLACE, Actor: SearchKind.ACTOR,
}


def _after_flush(session: Session, flush_context: Any) -> None:
    touched: dict[SearchKind, set[uuid.UUID]] = defaultdict(set)
    changed_places: list[Place] = []
    changed_actors: list[uuid.UUID] = []

    def note(obj: Any, dirty: bool) -> None:
        kind = _DIRECT.get(type(obj))
        if kind is not None:
            if obj.id is None or (dirty and not session.is_modified(obj, include_collections=False)):
                return
            touched[kind].add(obj.id)
            if dirty and kind is SearchKind.PLACE:
                changed_places.append(obj)
            elif dirty and kind is SearchKind.ACTOR:
                changed_actors.append(obj.id)
        elif isinstance(obj, (IncidentPlace, IncidentActor)):
            for incident_id in {obj.incident_id, *_old_values(obj, "incident_id")}:
                if incident_id is not None:
                    touched[SearchKind.INCIDENT].add(incident_id)

    for obj in session.new:
        note(obj, False)
    for obj in session.dirty:
        note(obj, True)
    for obj in session.deleted:
        note(obj, False)
    if not touched:
        return
    conn = session.connection()
    # Names that other records' entries repeat: places inside a changed place, incidents there.
    ip, ia, pl = IncidentPlace.__table__, IncidentActor.__table__, Place.__table__
    for place in changed_places:
        if place.path:
            touched[SearchKind.PLACE].update(conn.scalars(select(pl.c.id).where(*_prefix(pl.c.path, place.path))))
        touched[SearchKind.INCIDENT].update(conn.scalars(select(ip.c.incident_id).where(ip.c.place_id == place.id)))
    for chunk in _chunks(changed_actors):
        touched[SearchKind.INCIDENT].update(conn.scalars(select(ia.c.incident_id).where(ia.c.actor_id.in_(chunk))))
    for kind in SearchKind:  # a fixed order: the same writes in the same order every time
        if touched.get(kind):
            _reindex_kind(conn, kind, sorted(touched[kind]))


def _old_values(obj: Any, attr: str) -> list[Any]:
    hist = inspect(obj).attrs[attr].history
    return list(hist.deleted or ())


def install(session_class: type[Session]) -> None:
    """Keep the index in step with every flush of sessions of this class."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)


# --------------------------------------------------------------------------------------------
# Searching


def _upper(prefix: str) -> str:
    """The smallest string greater than every string starting with prefix (code-point order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column: Any, prefix: str) -> tuple[Any, Any]:
    return column >= prefix, column < _upper(prefix)


@dataclass(frozen=True)
class _Word:
    word: str  # normalised query word
    stem: str | None  # the word without proclitics, when it has any
    # Feminine forms the normalised ending ه (ة) takes before a suffix or in the plural:
    # غارة → غارات, غارتين, مدرسة → مدرستها. Matched as prefixes, scored lowest.
    inflected: tuple[str, ...] = ()

    def forms(self) -> list[str]:
        return [self.word] + ([self.stem] if self.stem else []) + list(self.inflected)


def _inflected(word: str) -> tuple[str, ...]:
    if len(word) >= 3 and word.endswith("ه") and is_arabic_letter(word[:1]):
        return word[:-1] + "ات", word[:-1] + "ت"
    return ()


def query_words(text: str) -> list[_Word]:
    """The normalised words of a query (at most MAX_QUERY_WORDS, duplicates removed)."""
    out: list[_Word] = []
    seen: set[str] = set()
    for word in normalize(text or "").split():
        word = word[:TOKEN_LENGTH]
        if word in seen:
            continue
        seen.add(word)
        stem = None
        if is_arabic_letter(word[:1]):
            variants = prefix_variants(word)
            stem = variants[-1] if variants[-1] != word else None
        base = stem or word
        out.append(_Word(word, stem, _inflected(base)))
        if len(out) >= MAX_QUERY_WORDS:
            break
    return out


def _match(word: _Word) -> tuple[Any, Any]:
    """(WHERE condition, score expression) for one query word over search_terms."""
    tok, weight = _TERMS.c.token, _TERMS.c.weight
    conds = []
    whens = [(tok == word.word, weight * _EXACT)]
    if word.stem:
        whens.append((tok == word.stem, weight * _EXACT_STEM))
    prefixes = [(word.word, _PREFIX), (word.stem, _PREFIX_STEM)] + [(f, _PREFIX_STEM) for f in word.inflected]
    for form, quality in prefixes:
        if not form:
            continue
        if len(form) >= 2:  # a single letter or digit matches only itself
            conds.append(and_(*_prefix(tok, form)))
            whens.append((and_(*_prefix(tok, form)), weight * quality))
        else:
            conds.append(tok == form)
    return or_(*conds), case(*whens, else_=literal(0))


def search(*, session: Session | Connection, text: str, kinds: Iterable[str] | None = None,
           limit: int = 50, lang: str = "ar") -> list[SearchHit]:
    """Records matching every word of `text`, best first (exact words over prefixes, names and
    titles over running text). `kinds` restricts the kinds ("report", "incident", "place",
    "actor", "source"); `lang` ("ar"/"en") picks which names titles show first."""
    words = query_words(text)
    if not words or limit <= 0:
        return []
    wanted = [SearchKind(k) for k in (kinds or KINDS)]
    conn = _connection(session)
    subs = []
    for i, word in enumerate(words):
        cond, score = _match(word)
        subs.append(select(_TERMS.c.document_id.label("doc"), func.max(score).label("s"))
                    .where(cond).group_by(_TERMS.c.document_id).subquery(f"w{i}"))
    first = subs[0]
    total = sum((s.c.s for s in subs[1:]), first.c.s)
    stmt = select(_DOCS.c.kind, _DOCS.c.record_id, total.label("score")).select_from(first)
    for sub in subs[1:]:
        stmt = stmt.join(sub, sub.c.doc == first.c.doc)
    stmt = stmt.join(_DOCS, _DOCS.c.id == first.c.doc)
    if len(wanted) < len(SearchKind):
        stmt = stmt.where(_DOCS.c.kind.in_(wanted))
    stmt = stmt.order_by(total.desc(), _DOCS.c.size, _DOCS.c.id).limit(limit)
    found = [(SearchKind(r.kind), r.record_id, float(r.score)) for r in conn.execute(stmt)]
    return _describe(conn, found, words, lang)


# --------------------------------------------------------------------------------------------
# Titles and snippets of hits


def _shorten(text: str | None, n: int = 120) -> str:
    s = " ".join((text or "").split())
    return s if len(s) <= n else s[:n - 1].rstrip() + "…"


def _label(ar: str | None, en: str | None, lang: str) -> str:
    first, second = (en, ar) if lang == "en" else (ar, en)
    first, second = first or second, (second if first else None)
    return f"{first} ({second})" if second and second != first else (first or "")


_WORD_RE = re.compile(r"\w+")


def snippet(text: str | None, words: Sequence[_Word], *, before: int = _SNIPPET_BEFORE,
            after: int = _SNIPPET_AFTER) -> str:
    """The part of `text` around the first word that matches the query, on one line."""
    if not text:
        return ""
    forms = [f for w in words for f in w.forms()]
    at = None
    for m in _WORD_RE.finditer(text, 0, min(len(text), _SNIPPET_SCAN)):
        if any(t.startswith(f) for t in tokens(m.group()) for f in forms):
            at = m.start()
            break
    if at is None:
        return _shorten(text, before + after)
    start = max(0, at - before)
    if start:  # start on a word boundary
        space = text.find(" ", start, at)
        start = space + 1 if space != -1 else start
    end = min(len(text), at + after)
    body = " ".join(text[start:end].split())
    return ("…" if start else "") + body + ("…" if end < len(text) else "")


def _describe(conn: Connection, found: list[tuple[SearchKind, uuid.UUID, float]], words: list[_Word],
              lang: str) -> list[SearchHit]:
    by_kind: dict[SearchKind, list[uuid.UUID]] = defaultdict(list)
    for kind, rid, _ in found:
        by_kind[kind].append(rid)
    described: dict[tuple[SearchKind, uuid.UUID], tuple[str, str]] = {}
    for kind, ids in by_kind.items():
        for rid, title, snip in _DESCRIBERS[kind](conn, ids, words, lang):
            described[(kind, rid)] = (title, snip)
    hits = []
    for kind, rid, score in found:
        if (kind, rid) in described:  # an entry left behind by a Core writer: skip it
            title, snip = described[(kind, rid)]
            hits.append(SearchHit(kind.value, rid, title, snip, score))
    return hits


def _describe_reports(conn: Connection, ids: list[uuid.UUID], words: list[_Word], lang: str) -> Iterator[tuple]:
    r, s = Report.__table__, Source.__table__
    stmt = (select(r.c.id, r.c.title, r.c.text, r.c.published_date, s.c.name_ar, s.c.name_en)
            .join(s, s.c.id == r.c.source_id).where(r.c.id.in_(ids)))
    for row in conn.execute(stmt):
        first_line = next((ln.strip() for ln in (row.text or "").splitlines() if ln.strip()), "")
        title = _shorten(row.title or first_line, 100)
        source = (row.name_en or row.name_ar) if lang == "en" else row.name_ar
        meta = " · ".join(p for p in (row.published_date.isoformat() if row.published_date else "", source) if p)
        body = snippet(row.text, words) or _shorten(row.title)
        yield row.id, title, f"{meta}: {body}" if meta else body


def _describe_incidents(conn: Connection, ids: list[uuid.UUID], words: list[_Word], lang: str) -> Iterator[tuple]:
    i, ip, pl = Incident.__table__, IncidentPlace.__table__, Place.__table__
    places: dict[uuid.UUID, list[str]] = defaultdict(list)
    for row in conn.execute(select(ip.c.incident_id, pl.c.name_ar, pl.c.name_en)
                            .join(pl, pl.c.id == ip.c.place_id).where(ip.c.incident_id.in_(ids))
                            .order_by(ip.c.incident_id, ip.c.is_primary.desc(), pl.c.name_ar)):
        places[row.incident_id].append((row.name_en or row.name_ar) if lang == "en" else row.name_ar)
    for row in conn.execute(select(i.c.id, i.c.start_date, i.c.end_date, i.c.description_ar, i.c.description_en)
                            .where(i.c.id.in_(ids))):
        where = ("، " if lang != "en" else ", ").join(places.get(row.id, [])[:3])
        when = row.start_date.isoformat()
        if row.end_date and row.end_date != row.start_date:
            when += f"–{row.end_date.isoformat()}"
        title = " · ".join(p for p in (when, where) if p)
        desc = (row.description_en or row.description_ar) if lang == "en" else (row.description_ar or row.description_en)
        yield row.id, title, _shorten(desc, 180)


def _describe_places(conn: Connection, ids: list[uuid.UUID], words: list[_Word], lang: str) -> Iterator[tuple]:
    p = Place.__table__
    rows = conn.execute(select(p.c.id, p.c.name_ar, p.c.name_en, p.c.pcode, p.c.path)
                        .where(p.c.id.in_(ids))).all()
    names = _place_names(conn, {a for r in rows for a in _ancestor_ids(r.path)})
    for r in rows:
        chain = [(names[a].name_en or names[a].name_ar) if lang == "en" else names[a].name_ar
                 for a in _ancestor_ids(r.path) if a in names and names[a].level != "country"]
        parts = [" › ".join(chain), r.pcode or ""]
        yield r.id, _label(r.name_ar, r.name_en, lang), " · ".join(x for x in parts if x)


def _describe_actors(conn: Connection, ids: list[uuid.UUID], words: list[_Word], lang: str) -> Iterator[tuple]:
    a = Actor.__table__
    for r in conn.execute(select(a.c.id, a.c.name_ar, a.c.name_en, a.c.aliases).where(a.c.id.in_(ids))):
        yield r.id, _label(r.name_ar, r.name_en, lang), "، ".join((r.aliases or [])[:5])


def _describe_sources(conn: Connection, ids: list[uuid.UUID], words: list[_Word], lang: str) -> Iterator[tuple]:
    s = Source.__table__
    for r in conn.execute(select(s.c.id, s.c.name_ar, s.c.name_en, s.c.url).where(s.c.id.in_(ids))):
        yield r.id, _label(r.name_ar, r.name_en, lang), r.url or ""


_DESCRIBERS = {
    SearchKind.REPORT: _describe_reports,
    SearchKind.INCIDENT: _describe_incidents,
    SearchKind.PLACE: _describe_places,
    SearchKind.ACTOR: _describe_actors,
    SearchKind.SOURCE: _describe_sources,
}


def counts(*, session: Session | Connection) -> Mapping[str, int]:
    """Indexed records per kind (for `casualtydb reindex` and tests)."""
    conn = _connection(session)
    return {str(k): n for k, n in conn.execute(
        select(_DOCS.c.kind, func.count()).group_by(_DOCS.c.kind))}
