"""Throwing away a write-only openpyxl workbook that will never be saved (a failed or cancelled
export), temporary files and all."""

from __future__ import annotations

import logging

from openpyxl import Workbook

log = logging.getLogger(__name__)


def discard(wb: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will never be saved.

    WORKAROUND: openpyxl keeps each write-only sheet in a temporary file deleted only at
    interpreter exit (openpyxl/worksheet/_writer.py, ALL_TEMP_FILES); a GUI that cancels
    exports would pile them up."""
    for ws in getattr(wb, "_sheets", []):
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        try:
            if rows is not None:  # finish the row generator while its file is still open
                rows.close()
        except Exception:  # noqa: BLE001 - only tidying up after an error or a cancel
            log.debug("closing a discarded sheet's rows failed", exc_info=True)
        try:
            writer.close()
        except Exception:  # noqa: BLE001 - the generator may already be broken by the error being raised
            log.debug("closing a discarded sheet failed", exc_info=True)
        try:
            writer.cleanup()
        except (OSError, ValueError):
            log.debug("removing a discarded sheet's temporary file failed", exc_info=True)
