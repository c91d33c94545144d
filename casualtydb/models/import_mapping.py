"""Column mappings saved by name, so a team's own sheet is mapped once and imported every month."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded


class ImportMapping(Recorded, Base):
    """A mapping as `casualtydb import --mapping` reads it (casualtydb.io.formats.mapped), and the
    headers of the file it was first used on."""

    __tablename__ = "import_mappings"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    columns: Mapped[dict[str, Any]] = mapped_column(default=dict)
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    headers: Mapped[list[str]] = mapped_column(default=list)
