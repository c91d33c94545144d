"""Splitters that keep where the person left them (per user, in the settings file)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QSplitter

from ..settings import Settings

SAVE_DELAY_MS = 400  # splitterMoved fires on every pixel of a drag: write once it stops


def remember(splitter: QSplitter, settings: Settings, name: str, sizes: list[int] | None = None) -> None:
    """Restore the splitter's last position, or give it `sizes` the first time, and save each move."""
    splitter.setObjectName(splitter.objectName() or f"splitter_{name}")
    state = settings.splitter_state(name)
    if not (state and splitter.restoreState(QByteArray(state))) and sizes:
        splitter.setSizes(sizes)
    timer = QTimer(splitter)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(lambda: settings.set_splitter_state(name, bytes(splitter.saveState().data())))
    splitter.splitterMoved.connect(lambda *_: timer.start())
