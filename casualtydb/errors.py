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
    """Someone else saved the same record since it was read (optimistic locking)."""
