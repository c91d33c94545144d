"""One-line descriptions of errors that reach the top without a message of our own."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError


def describe_unexpected(exc: BaseException) -> str:
    if isinstance(exc, OperationalError):
        text = str(exc.orig)
        if "locked" in text:
            return "the database is locked by another program; try again when it has finished"
        if "readonly" in text or "read-only" in text:
            return "the database file is read-only"
        if "disk" in text and "full" in text:
            return "the disk is full; nothing was written"
        return f"database error: {text.strip().splitlines()[0]}"
    if isinstance(exc, IntegrityError):
        return f"the change breaks a rule of the database, nothing was written: {str(exc.orig).splitlines()[0]}"
    if isinstance(exc, DBAPIError):
        return f"database error: {str(exc.orig).strip().splitlines()[0]}"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)"
