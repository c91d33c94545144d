#!/usr/bin/env python3
"""Regenerate docs/screenshots/: every page of the main window, an incident's page (overview,
claims, history), the search and an editor, in Arabic and in English, on the demo database.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang ar en] [--size 1280x800]

Runs offscreen (no display needed); with DISPLAY set and QT_QPA_PLATFORM=xcb it uses the real
window system (e.g. under `xvfb-run -a -s "-screen 0 1400x900x24"`). Uses a throwaway database
and settings file, never the user's."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "ar"])
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CASUALTYDB_USER", "demo")
    tmp = Path(tempfile.mkdtemp(prefix="casualtydb-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QDialog

    from casualtydb import sqlite_specific
    from casualtydb.db import open_database
    from casualtydb.demo import demo_id, load_demo
    from casualtydb.ui.app import build_window, create_app
    from casualtydb.ui.editing import edit_record
    from casualtydb.ui.editors.base import RecordDialog
    from casualtydb.ui.ops import wait_for_ops
    from casualtydb.ui.settings import Settings

    app = create_app()
    database = open_database(tmp / "demo.db")
    load_demo(database)
    try:
        import casualtydb.crossref  # noqa: F401, PLC0415 (figures and conflicts, when that module exists)
    except ImportError:
        pass
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(6):
            app.processEvents()
            wait_for_ops(30)
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path), "PNG", 9)
        saved.append(path)

    for lang in args.lang:
        window = build_window(database, lang, Settings.at(str(tmp / f"settings-{lang}.ini")))
        window.resize(QSize(width, height))
        window.show()
        settle()
        for key, spec in window.specs.items():
            if spec.order is None:
                continue
            window.show_page(key)
            save(window, f"{lang}-{spec.order:02d}-{key}")
        window.open_record("incident", demo_id("incident:strike-hamidiya"))
        page = window.page("incident")
        for tab, name in ((0, "overview"), (1, "claims"), (2, "history")):
            page.tabs.setCurrentIndex(tab)
            save(window, f"{lang}-90-incident-{name}")
        window.search_box.setText("الحميدية" if lang == "ar" else "Hamidiya")
        window.run_search()
        save(window, f"{lang}-91-search")

        def grab_dialog(dialog: RecordDialog) -> int:
            dialog.resize(760, 720)
            dialog.show()
            save(dialog, f"{lang}-92-edit-incident")
            dialog.close()
            return QDialog.DialogCode.Rejected

        original = RecordDialog.exec
        RecordDialog.exec = grab_dialog  # type: ignore[method-assign]
        try:
            edit_record(window.context, window, "incident", demo_id("incident:strike-hamidiya"))
        finally:
            RecordDialog.exec = original  # type: ignore[method-assign]
        window.close()
        window.deleteLater()
        settle()

        # Encryption: the first run's passphrase dialog and the lock page (an encrypted copy).
        from casualtydb.ui.first_start import FirstStartDialog

        secret = "demo passphrase for screenshots"
        encrypted = open_database(tmp / f"field-{lang}.db", passphrase=secret, encrypt_new=True)
        load_demo(encrypted)
        window = build_window(encrypted, lang, Settings.at(str(tmp / f"settings-enc-{lang}.ini")))
        window.resize(QSize(width, height))
        window.show()
        settle()
        dialog = FirstStartDialog(window, encrypted.path, lang, lambda code: None)
        dialog.field.setText(secret)
        dialog.again.setText(secret)
        dialog.show()
        dialog.adjustSize()
        save(dialog, f"{lang}-96-first-start")
        dialog.close()
        window.lock.lock()
        window.lock.page.field.setText("wrong")
        window.lock.try_unlock()
        window.lock.page.field.setText("typing")
        save(window, f"{lang}-97-locked")
        window.lock.page.field.setText(secret)
        window.lock.try_unlock()
        settle()
        # A report with evidence: a screenshot (the window itself, standing in for a deleted post)
        # and a saved page.
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from casualtydb.services import attachments as attach_service
        from casualtydb.services import editing as editing_service
        from casualtydb.ui.editors.report import ReportDialog

        report_id = demo_id("report:horriya-2017-10-30")
        png = QByteArray()
        buffer = QBuffer(png)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        window.grab().scaledToWidth(480).save(buffer, "PNG")
        with encrypted.transaction(user="demo") as s:
            attach_service.attach(s, report_id, attach_service.NewAttachment(
                data=bytes(png.data()), file_name="post-2017-10-30.png", original_url="https://example.org/post/1"))
            attach_service.attach(s, report_id, attach_service.NewAttachment(
                data="<!DOCTYPE html><html><body>حرية برس</body></html>".encode(), file_name="horriya-page.html"))
        with encrypted.session() as s:
            values = editing_service.record_values("report", report_id, session=s)
        dialog = ReportDialog(window.context, window, values, report_id)
        dialog.resize(760, 900)
        dialog.show()
        settle()
        save(dialog, f"{lang}-99-report-attachments")
        dialog.close()
        from casualtydb.ui.verify_dialog import VerifyDialog
        from casualtydb.verify import verify

        dialog = VerifyDialog(verify(encrypted), window)
        dialog.show()
        save(dialog, f"{lang}-98-verify-ok")
        dialog.close()
        con = sqlite_specific.connect(encrypted.path, secret)
        con.execute("UPDATE claims SET min = 70, max = 70 WHERE min = 7 AND max = 7")
        con.execute("UPDATE sources SET reliability = 'A' WHERE reliability = 'C'")
        con.commit()
        con.close()
        dialog = VerifyDialog(verify(encrypted), window)
        dialog.show()
        save(dialog, f"{lang}-98-verify-broken")
        dialog.close()
        window.close()
        window.deleteLater()
        settle()
        encrypted.dispose()
    database.dispose()
    for path in saved:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
