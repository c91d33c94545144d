"""Qt table models over the read-side queries (casualtydb.queries)."""

from .lazy import Column, RecordTableModel  # noqa: F401
