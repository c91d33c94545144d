"""Search index: search_documents and search_terms (normalised words), filled for existing rows.

Revision ID: 0410
Revises: 0001
Create Date: 2026-11-25 01:10:00

The data step is self-contained (lightweight Core tables of the columns it reads, as they are at
this revision) and uses only the text normaliser `casualtydb.text.arabic.tokens`; later changes to
what the app indexes are applied by `casualtydb reindex`, not by editing this file.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0410"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKEN = sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")
NAME, SECONDARY, TEXT = 3, 2, 1
BATCH = 500


def upgrade() -> None:
    op.create_table(
        "search_documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.Enum("report", "incident", "place", "actor", "source", name="searchkind",
                                  native_enum=False, create_constraint=True, length=10), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_documents")),
        sa.UniqueConstraint("kind", "record_id", name=op.f("uq_search_documents_kind_record_id")),
    )
    op.create_table(
        "search_terms",
        sa.Column("token", TOKEN, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["search_documents.id"],
                                name=op.f("fk_search_terms_document_id_search_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token", "document_id", name=op.f("pk_search_terms")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("search_terms", schema=None) as batch_op:
        batch_op.create_index("ix_search_terms_document_id", ["document_id"], unique=False)
    _fill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("search_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_search_terms_document_id")
    op.drop_table("search_terms")
    op.drop_table("search_documents")


# ---------------------------------------------------------------------------------------------
# Data: index the rows that exist at this revision.

def _t(name: str, *cols: str, json_cols: Iterable[str] = (), uuid_cols: Iterable[str] = ("id",)) -> sa.TableClause:
    columns = []
    for c in cols:
        if c in uuid_cols:
            columns.append(sa.column(c, sa.Uuid()))
        elif c in json_cols:
            columns.append(sa.column(c, sa.JSON()))
        else:
            columns.append(sa.column(c))
    return sa.table(name, *columns)


sources = _t("sources", "id", "name_ar", "name_en", "aliases", "url", "notes", "notes_sensitive", json_cols=["aliases"])
reports = _t("reports", "id", "title", "author", "url", "text", "notes", "notes_sensitive")
places = _t("places", "id", "name_ar", "name_en", "alt_names", "pcode", "path", json_cols=["alt_names"])
actors = _t("actors", "id", "name_ar", "name_en", "aliases", "kind", "notes", json_cols=["aliases"])
incidents = _t("incidents", "id", "start_date", "description_ar", "description_en", "notes", "notes_sensitive",
               "merged_into_id", uuid_cols=["id", "merged_into_id"])
incident_places = _t("incident_places", "incident_id", "place_id", uuid_cols=["incident_id", "place_id"])
incident_actors = _t("incident_actors", "incident_id", "actor_id", uuid_cols=["incident_id", "actor_id"])
documents = sa.table("search_documents", sa.column("id", sa.Integer()), sa.column("kind", sa.String()),
                     sa.column("record_id", sa.Uuid()), sa.column("size", sa.Integer()))
terms = sa.table("search_terms", sa.column("token", sa.String()), sa.column("document_id", sa.Integer()),
                 sa.column("weight", sa.Integer()))


def _list(value) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return [str(v) for v in (value or []) if v]


def _fill(conn: sa.Connection) -> None:
    from casualtydb.text.arabic import tokens  # the normaliser the app uses

    pending: list[tuple[str, object, list]] = []

    def add(kind: str, rid, fields: list) -> None:
        pending.append((kind, rid, fields))
        if len(pending) >= BATCH:
            flush()

    def flush() -> None:
        if not pending:
            return
        weighted = []
        for kind, rid, fields in pending:
            weights: dict[str, int] = {}
            for text, weight in fields:
                for tok in tokens(text) if text else ():
                    tok = tok[:64]
                    if weights.get(tok, 0) < weight:
                        weights[tok] = weight
            weighted.append((kind, rid, weights))
        rows = conn.execute(sa.insert(documents).returning(documents.c.id, documents.c.kind, documents.c.record_id),
                            [{"kind": k, "record_id": rid, "size": len(w)} for k, rid, w in weighted]).all()
        doc = {(r.kind, r.record_id): r.id for r in rows}
        postings = [{"token": t, "document_id": doc[(kind, rid)], "weight": w}
                    for kind, rid, weights in weighted for t, w in weights.items()]
        if postings:
            conn.execute(sa.insert(terms), postings)
        pending.clear()

    for r in conn.execute(sa.select(sources)).all():
        fields = [(n, NAME) for n in [r.name_ar, r.name_en, *_list(r.aliases)] if n] + [(r.url, SECONDARY)]
        if not r.notes_sensitive:
            fields.append((r.notes, TEXT))
        add("source", r.id, fields)
    for r in conn.execute(sa.select(reports)):
        fields = [(r.title, NAME), (r.author, SECONDARY), (r.url, SECONDARY), (r.text, TEXT)]
        if not r.notes_sensitive:
            fields.append((r.notes, TEXT))
        add("report", r.id, fields)
    place_rows = conn.execute(sa.select(places)).all()
    by_hex = {r.id.hex: r for r in place_rows}
    for r in place_rows:
        fields = [(n, NAME) for n in [r.name_ar, r.name_en, *_list(r.alt_names), r.pcode] if n]
        for h in (r.path or "").strip("/").split("/")[:-1]:
            if h in by_hex:
                fields += [(n, TEXT) for n in (by_hex[h].name_ar, by_hex[h].name_en) if n]
        add("place", r.id, fields)
    actor_rows = conn.execute(sa.select(actors)).all()
    for r in actor_rows:
        fields = [(n, NAME) for n in [r.name_ar, r.name_en, *_list(r.aliases)] if n]
        add("actor", r.id, fields + [(r.kind, TEXT), (r.notes, TEXT)])
    linked: dict = defaultdict(list)
    place_by_id = {r.id: r for r in place_rows}
    actor_by_id = {r.id: r for r in actor_rows}
    for link in conn.execute(sa.select(incident_places)):
        p = place_by_id.get(link.place_id)
        if p is not None:
            linked[link.incident_id] += [n for n in (p.name_ar, p.name_en, *_list(p.alt_names)) if n]
    for link in conn.execute(sa.select(incident_actors)):
        a = actor_by_id.get(link.actor_id)
        if a is not None:
            linked[link.incident_id] += [n for n in (a.name_ar, a.name_en) if n]
    for r in conn.execute(sa.select(incidents).where(incidents.c.merged_into_id.is_(None))):
        fields = [(r.description_ar, SECONDARY), (r.description_en, SECONDARY),
                  (str(r.start_date)[:10] if r.start_date else None, SECONDARY)]
        fields += [(n, SECONDARY) for n in linked.get(r.id, ())]
        if not r.notes_sensitive:
            fields.append((r.notes, TEXT))
        add("incident", r.id, fields)
    flush()
