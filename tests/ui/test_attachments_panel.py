"""The report editor's evidence panel: files dropped or added are attached in the background with
their SHA-256; images get a thumbnail; Open writes a temporary copy that is gone when the
editor closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QImage

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.services import attachments as service

from .conftest import settle

pytestmark = pytest.mark.gui

SEED_REPORT = demo_id("report:horriya-2017-10-30")


def picture(path: Path) -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    image.save(str(path), "PNG")
    return path


def test_drop_attach_thumbnail_open_and_clean_up(window, qtbot, demo_db: Database, tmp_path: Path,
                                                  monkeypatch) -> None:
    from casualtydb.ui.editors.report import ReportDialog

    with demo_db.session() as s:
        from casualtydb.services import editing

        values = editing.record_values("report", SEED_REPORT, session=s)
    dialog = ReportDialog(window.context, window, values, SEED_REPORT)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.attachments
    shot, page = picture(tmp_path / "منشور محذوف.png"), tmp_path / "saved.html"
    page.write_text("<!DOCTYPE html><html><body>عاجل</body></html>", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shot)), QUrl.fromLocalFile(str(page))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    settle()
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    with demo_db.session() as s:
        stored = {a.file_name: a for a in service.of_report(s, SEED_REPORT)}
    assert stored["منشور محذوف.png"].media_type == "image/png" and stored["saved.html"].media_type == "text/html"
    items = {panel.list.item(i).text().split("\n")[0]: panel.list.item(i) for i in range(2)}
    assert not items["منشور محذوف.png"].icon().isNull()
    assert stored["saved.html"].sha256 in items["saved.html"].toolTip()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.list.setCurrentItem(items["saved.html"])
    copy = panel.open_selected()
    assert copy is not None and copy.read_bytes() == page.read_bytes() and opened
    assert oct(copy.parent.stat().st_mode & 0o777) == "0o700"
    dialog.reject()
    assert not copy.exists() and not copy.parent.exists()


def test_a_new_report_says_to_save_first(window, qtbot) -> None:
    from casualtydb.ui.editors.report import ReportDialog

    dialog = ReportDialog(window.context, window, None, None)
    qtbot.addWidget(dialog)
    assert not dialog.attachments.add_button.isEnabled() and "Save the report first" in dialog.attachments.status.text()
