"""Exceptions whose message is safe and useful to show a user as it is."""


class CasualtyDBError(Exception):
    """Base of errors that carry a one-line, user-facing message."""


class DatabaseOpenError(CasualtyDBError):
    """The database cannot be opened: not a database, too new, locked, missing folder."""


class ValidationError(CasualtyDBError):
    """Input that breaks a rule of the data model; names the field (and file/row when known)."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None,
                 file: str | None = None) -> None:
        self.field = field
        self.row = row
        self.file = file
        where = ", ".join(p for p in (
            f"file {file}" if file else "",
            f"row {row}" if row is not None else "",
            f"field {field}" if field else "",
        ) if p)
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class StaleEditError(CasualtyDBError):
    """Someone else saved the same record since it was read (optimistic locking).

    When built by `casualtydb.sync.concurrent`, it also says what happened: `changes` maps each
    field the other person changed to (value when you opened it, their value), `by` and `at` say
    who and when (from the audit log), `deleted` whether they deleted the record, and `mine`
    holds the edits that were not saved, so that a form can offer them back."""

    def __init__(self, message: str = "someone else changed this record since you opened it", *,
                 table: str | None = None, record_id: object = None, changes: dict | None = None,
                 mine: dict | None = None, by: tuple[str, ...] = (), at: object = None,
                 deleted: bool = False, current_version: int | None = None) -> None:
        super().__init__(message)
        self.table = table
        self.record_id = record_id
        self.changes = changes or {}
        self.mine = mine or {}
        self.by = by
        self.at = at
        self.deleted = deleted
        self.current_version = current_version


class DatabaseBusyError(CasualtyDBError):
    """Another connection kept the database busy through every retry of a write; nothing of
    this write was stored and it can simply be repeated."""

    def __init__(self, message: str = "the database stayed busy with another person's save; nothing was "
                                      "changed: try again in a moment") -> None:
        super().__init__(message)
