"""A table model over a query of any size: the ordered ids of the current query, and rows
fetched a page at a time when they are first painted (Anki's browser DataModel pattern).

Sorting and filtering happen in SQL (`set_query`) in a worker thread (`ops.run_op`), so the
window never freezes on a million rows. With a `count` function the query runs in two steps:
first the count and the first screen of ids (a LIMIT query: tenths of a second), which are shown
at once, then all the ids; without one, all ids at once. Ids are kept as the database returns
them and turned into UUIDs only for the rows looked at. Pages of rows are fetched in the UI
thread on demand (one small query per ~100 visible rows) and cached in a bounded LRU."""

from __future__ import annotations

import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...db import Database
from ...queries.common import as_uuids
from ..errors import show_error
from ..format import is_rtl_text
from ..ops import run_op

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

RecordIdRole = Qt.ItemDataRole.UserRole + 1
"""The record's UUID."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""The cell's native value (int, date, str), for delegates and tests."""
RowRole = Qt.ItemDataRole.UserRole + 3
"""The whole display row (a queries.* dataclass)."""


@dataclass(frozen=True)
class Column:
    """One column: its title (QT_TRANSLATE_NOOP("Columns", …)), how a row shows in it, and the
    query's sort key (None: not sortable)."""

    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    value: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None
    font: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None
    width: int | None = None  # preferred width in average characters


class RecordTableModel(QAbstractTableModel):
    """Rows of `fetch_rows(session, ids, lang=)` for the ids of
    `fetch_ids(session, filters, order_by, descending, lang=)`."""

    sig_loading = Signal(bool)
    """True while the ids of a new query are being fetched."""
    sig_loaded = Signal(int)
    """The new query's row count, once its ids arrived."""

    PAGE = 100
    CACHE_ROWS = 5000

    FIRST = 200  # ids fetched in the first, quick step

    def __init__(self, database: Database, columns: Sequence[Column],
                 fetch_ids: Callable[..., list[Any]], fetch_rows: Callable[..., list[Any]], *,
                 count: Callable[..., int] | None = None, lang: str = "en", parent: Any = None,
                 background: bool = True) -> None:
        """`fetch_ids(session, filters, order_by, descending, lang=, limit=, raw=)`,
        `fetch_rows(session, ids, lang=)` and `count(session, filters)` are read-side queries
        (casualtydb.queries)."""
        super().__init__(parent)
        self.database = database
        self.columns = list(columns)
        self.fetch_ids = fetch_ids
        self.fetch_rows = fetch_rows
        self.fetch_count = count
        self.lang = lang
        self.background = background
        # Ids as the database returns them (hex strings on SQLite, UUIDs on PostgreSQL).
        self._ids: list[Any] = []
        # While only the first screen of ids is in: the count of the whole query.
        self._total: int | None = None
        self._rows: OrderedDict[uuid.UUID, Any] = OrderedDict()
        self._positions: dict[Any, int] | None = None
        self.filters: Any = None
        self.order_by: str | None = None
        self.descending = False
        self._generation = 0
        self.loading = False
        self.last_ids_seconds = 0.0
        self.first_screen_seconds = 0.0
        self.row_fetches = 0
        # Rows whose page is being read in the background, and those changed meanwhile (their
        # answer is stale: fetched again when it arrives).
        self._pending: set[uuid.UUID] = set()
        self._refetch: set[uuid.UUID] = set()

    # -- the query ---------------------------------------------------------------------------

    def set_query(self, filters: Any = None, order_by: str | None = None, descending: bool | None = None) -> None:
        """Show the records `filters` selects, sorted in SQL; fetches the ids (in the
        background unless the model was made with background=False)."""
        self.filters = filters
        if order_by is not None:
            self.order_by = order_by
        if descending is not None:
            self.descending = descending
        self.reload()

    def reload(self) -> None:
        """Fetch the ids of the current query again (after creates or deletes)."""
        self._generation += 1
        generation = self._generation
        filters, order_by, descending, lang = self.filters, self.order_by, self.descending, self.lang
        started = time.perf_counter()
        first = self.FIRST if self.fetch_count is not None else None

        def op_first(ctx: Any) -> tuple[int, list[Any], list[Any]]:
            ids = self.fetch_ids(ctx.session, filters, order_by, descending, lang=lang, limit=first, raw=True)
            # The first page of rows too, before the worker reads every id: read afterwards, it
            # waited for the interpreter behind that long read (3 s at a million persons).
            return (self.fetch_count(ctx.session, filters), ids,  # type: ignore[misc]
                    self.fetch_rows(ctx.session, as_uuids(ids[:self.PAGE]), lang=lang))

        def op_all(ctx: Any) -> list[Any]:
            return self.fetch_ids(ctx.session, filters, order_by, descending, lang=lang, raw=True)

        def got_first(result: tuple[int, list[Any], list[Any]]) -> None:
            if generation != self._generation:
                return
            total, ids, rows = result
            self.first_screen_seconds = time.perf_counter() - started
            first_page = as_uuids(ids[:self.PAGE])
            if total <= len(ids):
                got_all(ids, (first_page, rows))
                return
            self._set_ids(ids, total=total, loading=True, rows=(first_page, rows))
            run(op_all, got_all)

        def got_all(ids: list[Any], rows: tuple[list[uuid.UUID], list[Any]] | None = None) -> None:
            if generation != self._generation:
                return  # a newer query was started meanwhile
            self.last_ids_seconds = time.perf_counter() - started
            self._set_ids(ids, rows=rows)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._set_loading(False)
                show_error(None, exc)

        def run(op: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
            if self.background:
                run_op(None, self.database, op, done, failed)
            else:
                with self.database.session() as s:
                    result = op(_SyncContext(s))
                done(result)

        self._set_loading(True)
        if first is not None:
            run(op_first, got_first)
        else:
            run(op_all, got_all)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.sig_loading.emit(loading)

    def _set_ids(self, ids: list[Any], *, total: int | None = None, loading: bool = False,
                 rows: tuple[list[uuid.UUID], list[Any]] | None = None) -> None:
        """Show these ids. When the full list extends the first screen already shown, rows are
        added without a reset, so the scroll position and the selection stay."""
        extends = (self._total is not None and total is None and len(ids) >= len(self._ids)
                   and ids[:len(self._ids)] == self._ids and len(ids) == self._total)
        if extends:
            self._ids = ids
            self._total = None
            self._positions = None
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self._total = total
            self._positions = None
            self._rows.clear()
            if rows is not None:  # the first page, read with the first ids: shown without a fetch
                self._store(*rows)
            self.endResetModel()
        if not loading:
            self._set_loading(False)
        self.sig_loaded.emit(self.rowCount())

    # -- rows ----------------------------------------------------------------------------------

    def record_id(self, row: int) -> uuid.UUID | None:
        if 0 <= row < len(self._ids):
            raw = self._ids[row]
            return raw if isinstance(raw, uuid.UUID) else uuid.UUID(raw)
        return None

    def ids(self) -> list[uuid.UUID]:
        """All ids of the query as UUIDs (converts them all: for tests and small lists)."""
        return as_uuids(self._ids)

    def _raw(self, record_id: uuid.UUID) -> Any:
        """The form the ids of this model are kept in (see queries.common.raw_id)."""
        if self._ids and not isinstance(self._ids[0], uuid.UUID):
            return record_id.hex if len(self._ids[0]) == 32 else str(record_id)
        return record_id

    def row_of(self, record_id: uuid.UUID) -> int | None:
        if self._positions is None:
            self._positions = {rid: i for i, rid in enumerate(self._ids)}
        return self._positions.get(self._raw(record_id))

    def row_data(self, row: int) -> Any:
        """The display row at `row`, fetching its page when it is not cached; None for rows
        whose ids have not arrived yet, and (background models) while the page is read."""
        rid = self.record_id(row)
        if rid is None:
            return None
        cached = self._rows.get(rid)
        if cached is not None:
            self._rows.move_to_end(rid)
            return cached
        self._fetch_page(row)
        return self._rows.get(rid)

    def is_pending(self, row: int) -> bool:
        """Whether the row's page is being read (its cells are empty until it arrives)."""
        rid = self.record_id(row)
        return rid is not None and rid in self._pending

    def _fetch_page(self, row: int) -> None:
        """Read the page of rows around `row`: in a worker for background models (a page of
        places with their incident counts can take seconds at national scale), the cells
        filled when it arrives."""
        start = max(0, row - self.PAGE // 4)
        wanted = [rid for rid in as_uuids(self._ids[start:start + self.PAGE])
                  if rid not in self._rows and rid not in self._pending]
        if not wanted:
            return
        lang, generation = self.lang, self._generation
        if not self.background:
            with self.database.session() as s:
                self._store(wanted, self.fetch_rows(s, wanted, lang=lang))
            return
        self._pending.update(wanted)

        def done(rows: list[Any]) -> None:
            self._pending.difference_update(wanted)
            if generation != self._generation:
                return  # another query replaced the ids meanwhile
            stale = self._refetch.intersection(wanted)
            self._refetch -= stale
            self._store([rid for rid in wanted if rid not in stale], [r for r in rows if r.id not in stale])
            positions = [p for p in (self.row_of(rid) for rid in wanted) if p is not None]
            if positions:
                self.dataChanged.emit(self.index(min(positions), 0),
                                      self.index(max(positions), self.columnCount() - 1))

        def failed(exc: BaseException) -> None:
            self._pending.difference_update(wanted)
            log.warning("rows of %s could not be read: %s", type(self).__name__, exc)

        run_op(None, self.database, lambda ctx: self.fetch_rows(ctx.session, wanted, lang=lang), done, failed)

    def _store(self, wanted: list[uuid.UUID], rows: list[Any]) -> None:
        self.row_fetches += 1
        for r in rows:
            self._rows[r.id] = r
        # Deleted meanwhile: remember as missing so we do not refetch on every paint.
        for rid in set(wanted) - {r.id for r in rows}:
            self._rows[rid] = _Missing(rid)
        while len(self._rows) > self.CACHE_ROWS:
            self._rows.popitem(last=False)

    def refresh_ids(self, ids: Sequence[uuid.UUID]) -> None:
        """Records changed: refetch their rows when next painted (their order stays)."""
        for rid in ids:
            self._rows.pop(rid, None)
            if rid in self._pending:
                self._refetch.add(rid)
            row = self.row_of(rid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return self._total if self._total is not None else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()) or \
                not (0 <= index.column() < len(self.columns)):
            return None
        if index.row() >= len(self._ids):  # its id is still on the way
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == RecordIdRole:
            return self.record_id(index.row())
        if role not in _ROLES:
            return None
        row = self.row_data(index.row())
        if row is None and self.is_pending(index.row()):
            return None  # on its way: the cell stays empty until the page arrives
        if row is None or isinstance(row, _Missing):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate("Columns", "(deleted)")
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == RowRole:
            return row
        if role == SortRole:
            return col.value(row) if col.value else col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.numeric:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        if role == Qt.ItemDataRole.FontRole:
            return col.font(row) if col.font else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return col.foreground(row) if col.foreground else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key (the header's sort indicator calls this)."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        key = self.columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.order_by and descending == self.descending and self._ids and self.filters is not None:
            return
        self.order_by, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        for i, c in enumerate(self.columns):
            if c.sort_key == self.order_by:
                return i
        return -1

    @staticmethod
    def cell_is_rtl(text: str) -> bool:
        return is_rtl_text(text)


_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
          Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, SortRole, RowRole}


@dataclass(frozen=True)
class _Missing:
    id: uuid.UUID


@dataclass
class _SyncContext:
    """What a synchronous query step gets instead of an OpContext (models with background=False)."""

    session: Any
