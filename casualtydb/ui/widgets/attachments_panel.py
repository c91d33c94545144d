"""A report's evidence files in its editor: thumbnails of images, name, size and type of the rest;
files dropped on it or chosen with Add are attached (hashed as they are stored, in the
background); Open shows one with the system's viewer from a temporary copy in a private folder,
deleted when the panel closes (and at the latest when the app quits)."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...errors import CasualtyDBError
from ...models import Attachment
from ...services import attachments as service
from ..context import AppContext
from ..format import fill, number, timestamp

_COPIES: list[Path] = []  # private folders of opened copies, removed at quit


def _remove_copies() -> None:
    while _COPIES:
        shutil.rmtree(_COPIES.pop(), ignore_errors=True)


class AttachmentsPanel(QWidget):
    def __init__(self, context: AppContext, report_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments_panel")
        self.context = context
        self.report_id = report_id
        self.opened: list[Path] = []
        self.setAcceptDrops(report_id is not None)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("attachments_list")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(140)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        lay.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add file…"), self)
        self.add_button.setObjectName("attach_button")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Op&en"), self)
        self.open_button.setObjectName("open_attachment_button")
        self.open_button.clicked.connect(self.open_selected)
        self.status = QLabel(self)
        self.status.setObjectName("attachments_status")
        self.status.setWordWrap(True)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addWidget(self.status, 1)
        lay.addLayout(row)
        app = QCoreApplication.instance()
        if app is not None and not getattr(app, "_casualtydb_copies_hooked", False):
            app.aboutToQuit.connect(_remove_copies)
            app._casualtydb_copies_hooked = True  # type: ignore[attr-defined]
        if report_id is None:
            self.add_button.setEnabled(False)
            self.open_button.setEnabled(False)
            self.status.setText(self.tr("Save the report first, then attach screenshots, saved pages, photos or "
                                        "recordings to it."))
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the attachments and scale image thumbnails in the background (a photo may be tens
        of megabytes), then list them."""
        if self.report_id is None:
            self.list.clear()
            return
        report_id = self.report_id

        def op(ctx: Any) -> list[tuple[Any, ...]]:
            rows = []
            for a in service.of_report(ctx.session, report_id):
                thumb = None
                if a.media_type.startswith("image/"):
                    image = QImage.fromData(service.data(ctx.session, a))
                    if not image.isNull():  # QImage (not QPixmap) is safe off the UI thread
                        thumb = image.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
                rows.append((a.id, a.file_name, a.media_type, a.size, a.sha256, a.original_url, a.captured_at, thumb))
            return rows

        self.context.run_op(self, op, self._show_rows,
                            lambda exc: self.status.setText(str(exc) if isinstance(exc, CasualtyDBError)
                                                            else f"{type(exc).__name__}: {exc}"))

    def _show_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.list.clear()
        generic = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for aid, name, kind, size, digest, url, captured, thumb in rows:
            icon = QIcon(QPixmap.fromImage(thumb)) if thumb is not None else generic
            item = QListWidgetItem(icon, f"{name}\n{_size(size)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, aid)
            tip = [kind, f"SHA-256 {digest}"]
            if url:
                tip.append(url)
            if captured:
                tip.append(fill(self.tr("captured %1"), timestamp(captured)))
            item.setToolTip("\n".join(tip))
        self.open_button.setEnabled(bool(rows))

    # -- adding ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        if not paths or self.report_id is None:
            return
        report_id = self.report_id
        user = self.context.user

        def op(ctx: Any) -> int:
            for path in paths:
                content = service.read_file(path)
                when = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
                service.attach(ctx.session, report_id, service.NewAttachment(
                    data=content, file_name=path.name, captured_at=when, captured_by=user))
            return len(paths)

        def done(count: int) -> None:
            self.status.setText(self.tr("%n file(s) attached, each with its SHA-256.", "", count))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.status.setText(str(exc) if isinstance(exc, CasualtyDBError) else f"{type(exc).__name__}: {exc}")

        self.status.setText(self.tr("Attaching…"))
        self.context.run_op(self, op, done, failed, write=True, context="attach files")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.report_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    # -- opening ---------------------------------------------------------------------------------

    def open_selected(self) -> Path | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        if item is None:
            return None
        aid = item.data(Qt.ItemDataRole.UserRole)
        try:
            with self.context.database.session() as s:
                a = s.get(Attachment, aid)
                content, name = service.data(s, a), a.file_name
        except CasualtyDBError as exc:
            self.status.setText(str(exc))
            return None
        folder = Path(tempfile.mkdtemp(prefix="casualtydb-view-"))  # mode 0700: this user only
        _COPIES.append(folder)
        copy = folder / name
        copy.write_bytes(content)
        self.opened.append(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        self.status.setText(self.tr("Opened a temporary copy; it is deleted when this window closes."))
        return copy

    def remove_copies(self) -> None:
        for folder in self.opened:
            shutil.rmtree(folder, ignore_errors=True)
            if folder in _COPIES:
                _COPIES.remove(folder)
        self.opened.clear()


def _size(size: int) -> str:
    if size < 1024:
        return fill(QCoreApplication.translate("AttachmentsPanel", "%1 bytes"), number(size))
    if size < 1024 * 1024:
        return fill(QCoreApplication.translate("AttachmentsPanel", "%1 KB"), number(round(size / 1024)))
    return fill(QCoreApplication.translate("AttachmentsPanel", "%1 MB"), number(round(size / 1024 / 1024, 1)))
