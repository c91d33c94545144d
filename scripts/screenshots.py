#!/usr/bin/env python3
"""Regenerate docs/screenshots/: every page of the main window, an incident's page (overview,
claims, history, people), a person's page, the search and an editor, in Arabic and in English,
on the demo database with its fictional named victims (casualtydb/demo_people.py).

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
    parser.add_argument("--only", choices=["import-dialogs"],
                        help="only these shots (import-dialogs: the mapping dialog and the places to settle)")
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
    # The demo's fictional named victims; one person already merged from three mentions, so that
    # a person's page has mentions side by side and a merge history.
    from casualtydb.demo_people import load_demo_people
    from casualtydb.victims import decisions

    load_demo_people(database)
    with database.transaction(user="demo", context="merge persons") as s:
        for other in ("m-khaled", "p-khaled"):
            decisions.merge(s, demo_id("person:h-khaled"), demo_id(f"person:{other}"), user="demo")
    try:
        import casualtydb.crossref  # noqa: F401, PLC0415 (figures and conflicts, when that module exists)
    except ImportError:
        pass
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    saved: list[Path] = []
    many = None  # the generated database of the second map shot, made once

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
        if args.only == "import-dialogs":
            window.resize(QSize(width, height))
            window.show()
            settle()
            import_dialogs(window, database, tmp, lang, (width, height), save, settle)
            window.close()
            window.deleteLater()
            settle()
            continue
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
        for tab, name in ((0, "overview"), (1, "claims"), (2, "history"), (3, "people")):
            page.tabs.setCurrentIndex(tab)
            save(window, f"{lang}-90-incident-{name}")
        window.open_record("person", demo_id("person:h-khaled"))
        save(window, f"{lang}-56-person")
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

        # The map on a larger database: 3,000 generated incidents, cross-referenced (statuses).
        if many is None:
            from benchmarks.generate import generate
            from casualtydb.crossref.scan import scan

            generate(tmp / "many.db", incidents=3000)
            many = open_database(tmp / "many.db")
            with many.transaction(user="demo") as s:
                scan(session=s)
        window = build_window(many, lang, Settings.at(str(tmp / f"settings-many-{lang}.ini")))
        window.resize(QSize(width, height))
        window.show()
        settle()
        window.show_page("map")
        save(window, f"{lang}-16-map-3000-incidents")
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
    if many is not None:
        many.dispose()
    for path in saved:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")
    QApplication.quit()
    return 0


def import_dialogs(window, database, tmp: Path, lang: str, size: tuple[int, int], save, settle) -> None:
    """Export / Import: the page (with a recipient named), the mapping dialog of a sheet in no
    known format, and the places of an ACLED file the gazetteer does not settle, listed once
    before the import."""
    import csv  # noqa: PLC0415

    from openpyxl import Workbook  # noqa: PLC0415

    from casualtydb.io.formats.detect import open_dataset  # noqa: PLC0415
    from casualtydb.io.formats.loader import places_to_settle  # noqa: PLC0415
    from casualtydb.io.formats.preview import sheet_to_map  # noqa: PLC0415
    from casualtydb.ui.mapping_dialog import MappingDialog  # noqa: PLC0415
    from casualtydb.ui.places_dialog import PlacesDialog  # noqa: PLC0415

    sys.path.insert(0, str(ROOT / "tests"))
    from helpers.formats_data import ACLED_HEADER, acled_row  # noqa: PLC0415

    window.show_page("exchange")
    page = window.pages["exchange"]
    page.recipient.setEditText("منظمة شريكة" if lang == "ar" else "Partner NGO")
    save(window, f"{lang}-80-exchange")
    page.recipient.setEditText("")
    sheet_path = tmp / "توثيق تشرين الأول.xlsx"
    wb = Workbook()
    ws = wb.active
    for row in (["التاريخ", "المحافظة", "القرية", "عدد الشهداء المدنيين", "منهم أطفال", "الجرحى", "نوع الهجوم",
                 "المصدر", "الرابط", "ملاحظات الموثق"],
                ["2017-10-21", "دير الزور", "السوسة", "6", "2", "10", "غارة جوية", "شبكة دير الزور 24",
                 "https://deirezzor24.net/archives/مجزرة في السوسة", "رأيت الصور"],
                ["22/10/2017", "دير الزور", "الحميدية", "٢", "", "", "قصف", "شبكة دير الزور 24", "", ""],
                ["2017-10-23", "دير الزور", "الباغوز فوقاني", "4", "1", "3", "قصف مدفعي", "فرات بوست", "", ""],
                ["2017-10-24", "دير الزور", "هجين", "عشرات", "", "", "غارة", "فرات بوست", "", ""]):
        ws.append(row)
    wb.save(sheet_path)
    with database.session() as s:
        sheet = sheet_to_map(sheet_path, s)
    assert sheet is not None
    dialog = MappingDialog(window.context, sheet, window)
    dialog.name.setText("توثيق شهري")
    dialog.resize(*size)
    dialog.show()
    settle()
    save(dialog, f"{lang}-93-import-mapping")
    dialog.close()

    acled = tmp / "acled-deir-ez-zor.csv"
    with acled.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(ACLED_HEADER)
        for row in (
            acled_row("SYR95001", "2017-10-12", admin2="Abu Kamal", admin3="Susat", location="As Susah", fatalities="2"),
            acled_row("SYR95002", "2017-10-12", admin2="Abu Kamal", admin3="Susat", location="Al Baghuz Fawqani",
                      latitude="34.4630", longitude="40.9390", fatalities="5"),
            acled_row("SYR95003", "2017-10-13", admin2="Abu Kamal", admin3="Susat", location="Al Baghuz Fawqani",
                      fatalities="3"),
            acled_row("SYR95004", "2017-10-13", admin2="Abu Kamal", location="Al Shafa", fatalities="4"),
            acled_row("SYR95005", "2017-10-14", location="Al Kishma", latitude="34.8500", longitude="40.9800",
                      fatalities="1"),
            acled_row("SYR95006", "2017-10-15", admin2="Abu Kamal", admin3="Susat", location="As Sousah Town",
                      fatalities="1"),
        ):
            out.writerow(row)
    with database.session() as s:
        questions = places_to_settle(*open_dataset(acled), session=s)
    dialog = PlacesDialog(questions, lang, acled.name, window)
    dialog.resize(*size)
    dialog.show()
    dialog.select(len(questions) - 1)
    dialog.choice.setCurrentIndex(1)
    dialog.on_choice_activated(1)
    dialog.select(0)
    dialog.choice.setCurrentIndex(dialog.choice.count() - 1)
    dialog.on_choice_activated(dialog.choice.count() - 1)
    dialog.select(1)
    settle()
    save(dialog, f"{lang}-94-import-places")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
