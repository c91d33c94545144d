"""The search index: normalised words of searchable records (a derived cache, see casualtydb.search)."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, str_enum

# Longest token stored; longer words are cut (a prefix query still finds them).
TOKEN_LENGTH = 64


class SearchKind(StrEnum):
    """The kinds of records the search finds."""

    REPORT = "report"
    INCIDENT = "incident"
    PLACE = "place"
    ACTOR = "actor"
    SOURCE = "source"


# On PostgreSQL tokens compare by code point (collation "C"), as SQLite's BINARY does, so that the
# prefix range `token >= p AND token < next(p)` means "starts with p" and uses the index whatever
# the server's default collation is.
TokenType = String(TOKEN_LENGTH).with_variant(String(TOKEN_LENGTH, collation="C"), "postgresql")


class SearchDocument(Base):
    """One indexed record. A small integer key keeps the postings table compact (a UUID per
    posting would triple its size). Rewritten by casualtydb.search; never audited or merged."""

    __tablename__ = "search_documents"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[SearchKind] = mapped_column(str_enum(SearchKind, 10))
    record_id: Mapped[uuid.UUID]
    # Distinct tokens of the record: among equal scores the shorter, more specific record ranks first.
    size: Mapped[int] = mapped_column(default=0)

    __table_args__ = (UniqueConstraint("kind", "record_id"),)


class SearchTerm(Base):
    """A posting: normalised `token` occurs in `document_id`; `weight` says where (3 a name or
    title, 2 a secondary field such as an author or a linked place, 1 running text).

    Clustered on (token, document_id) where the database can (SQLite WITHOUT ROWID) so a prefix
    query reads one contiguous range."""

    __tablename__ = "search_terms"

    token: Mapped[str] = mapped_column(TokenType, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("search_documents.id", ondelete="CASCADE"), primary_key=True)
    weight: Mapped[int] = mapped_column(SmallInteger)

    __table_args__ = (
        Index("ix_search_terms_document_id", "document_id"),
        {"sqlite_with_rowid": False},
    )
