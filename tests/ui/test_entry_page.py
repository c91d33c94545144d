"""The "New report" page: paste the seed article, see the suggestions, confirm, save → claims in
the database; only confirmed claims are saved; the keyboard alone; the source picker; linking a
claim to a recorded incident; errors that point at the field; drafts back after a crash."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from casualtydb.db import Database
from casualtydb.demo import demo_id, seed_text
from casualtydb.models import Claim, Incident, Place, Report, Source
from casualtydb.services.drafts import DraftStore

from .conftest import settle, type_text

pytestmark = pytest.mark.gui

STRIKE_HAMIDIYA = demo_id("incident:strike-hamidiya")


@pytest.fixture
def store(demo_db: Database) -> DraftStore:
    return DraftStore(demo_db)


@pytest.fixture
def context(qapp, demo_db: Database, ui_settings):
    from casualtydb.ui.context import AppContext, Bus

    return AppContext(database=demo_db, settings=ui_settings, bus=Bus(), undo_stack=QUndoStack(), lang="en")


def make_page(qtbot, context, store):
    from casualtydb.ui.pages.entry import EntryPage

    page = EntryPage(context, store=store)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    settle()
    return page


@pytest.fixture
def page(qtbot, context, store) -> Iterator:
    p = make_page(qtbot, context, store)
    yield p
    p.writer.flush()
    settle()


def paste_seed(page) -> None:
    page.published.set_value(date(2017, 10, 30))
    page.text.setPlainText(seed_text())
    page.extract_now()
    settle()


def choose_source(page, qtbot, text: str = "حريه برس") -> None:
    page.source.edit.setFocus()
    type_text(page.source.edit, text)
    qtbot.waitUntil(lambda: bool(page.source.offers()), timeout=5000)
    settle()
    page.source.choose_offer(0)


def saved_claims(db: Database, report_id: uuid.UUID) -> list[Claim]:
    with db.session() as s:
        return list(s.scalars(select(Claim).where(Claim.report_id == report_id).order_by(Claim.min)))


def wait_for_stored_box(page, qtbot):
    qtbot.waitUntil(lambda: page.stored_box is not None and page.stored_box.isVisible(), timeout=10000)
    return page.stored_box


def test_seed_article_links_to_the_recorded_incidents_and_warns_about_the_stored_report(
        page, qtbot, demo_db: Database) -> None:
    """Issue 12.2: Confirm all then Save on the seed article, which the demo already holds, makes
    no duplicate incident and no silent second copy of the report."""
    choose_source(page, qtbot)
    assert page.draft.source_id == demo_id("source:horriya")
    paste_seed(page)
    figures = [(c.category, c.group, c.min, c.max, c.approximate) for c in page.draft.claims]
    assert figures == [("killed", "civilians", 7, 7, False), ("killed", "civilians", 5, 5, False),
                       ("besieged", "civilians", 700, 700, True)]
    assert not any(c.confirmed for c in page.draft.claims)  # nothing is accepted by itself
    kinds = {m.kind for m in page.text.marks}
    assert kinds == {"claim", "date", "place", "actor"}
    assert len(page.text.extraSelections()) == len(page.text.marks)
    # One new incident per event (each strike its own), pre-filled from the text ...
    assert len(page.draft.new_incidents) == 3
    assert page.draft.new_incidents[2].start_date == "2017-10-29"
    # ... but each claim's default link is the incident recorded at the same place and date.
    recorded = [demo_id("incident:strike-hamidiya"), demo_id("incident:strike-sousa"),
                demo_id("incident:siege-deir-ez-zor")]
    assert [c.incident_id for c in page.draft.claims] == recorded
    assert all(page.model.index(r, 6).data().startswith("recorded") for r in range(3))
    page._select_row(0)
    assert page.incident_panel.hint.isVisible() and "same place" in page.incident_panel.hint.text()
    page.confirm_all_button.click()
    with demo_db.session() as s:
        before = (s.scalar(select(func.count()).select_from(Incident)), s.scalar(select(func.count()).select_from(Report)))
    QTest.keyClick(page.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = wait_for_stored_box(page, qtbot)
    assert "ماذا تبقى لتنظيم" in box.text() and "same text" in box.text()
    # "Open the stored report" opens it and saves nothing; the form stays as it was.
    with qtbot.waitSignal(page.context.bus.sig_open_record, timeout=5000) as opened:
        box.findChild(QPushButton, "open_stored_report").click()
    assert opened.args == ["report", demo_id("report:horriya-2017-10-30")]
    settle()
    assert page.last_saved_report is None and page.text.text() == seed_text() and page.save_button.isEnabled()
    # Saving again asks again; this time store the second copy: still no new incident.
    page.save_button.click()
    box = wait_for_stored_box(page, qtbot)
    box.findChild(QPushButton, "save_second_copy").click()
    qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    settle()
    claims = saved_claims(demo_db, page.last_saved_report)
    assert [(c.category, c.min, c.incident_id) for c in claims] == [
        ("killed", 5, recorded[1]), ("killed", 7, recorded[0]), ("besieged", 700, recorded[2])]
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == before[0]
        assert s.scalar(select(func.count()).select_from(Report)) == before[1] + 1
        report = s.get(Report, page.last_saved_report)
        assert report.source_id == demo_id("source:horriya") and report.published_date == date(2017, 10, 30)
        assert report.language == "ar" and report.text == seed_text()
    # The form is empty again, ready for the next report, and the draft is gone.
    assert page.draft.is_empty() and page.text.text() == ""
    page.writer.flush()
    assert page.store.list() == []


def test_cancel_at_the_stored_report_warning_saves_nothing(page, qtbot, demo_db: Database) -> None:
    choose_source(page, qtbot)
    paste_seed(page)
    page.confirm_all_button.click()
    page.save_button.click()
    box = wait_for_stored_box(page, qtbot)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    settle()
    assert page.stored_box is None and page.last_saved_report is None and page.save_button.isEnabled()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == 5


def test_the_seed_article_entered_in_new_incidents_when_the_person_says_so(page, qtbot, demo_db: Database) -> None:
    """A new source (so no stored copy) and "new incident" chosen for each claim: saved as typed."""
    page.source.edit.setFocus()
    type_text(page.source.edit, "شبكة الخابور")
    qtbot.waitUntil(lambda: bool(page.source.offers()), timeout=5000)
    settle()
    page.source.choose_offer(next(i for i, (v, _) in enumerate(page.source.offers()) if isinstance(v, tuple)))
    paste_seed(page)
    for row in range(3):
        page._select_row(row)
        options = page.incident_panel.options
        values = [options.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(options.count())]
        item = options.item(values.index(("new", row)))
        options.setCurrentItem(item)
        options.setFocus()
        QTest.keyClick(options, Qt.Key.Key_Space)
        settle()
    assert [c.incident_id for c in page.draft.claims] == [None, None, None]  # no default comes back
    assert page.model.index(0, 6).data().startswith("new 1")
    page.confirm_all_button.click()
    page.save()
    qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    claims = saved_claims(demo_db, page.last_saved_report)
    with demo_db.session() as s:
        hamidiya = s.get(Incident, claims[1].incident_id)
        assert claims[1].min == 7 and hamidiya.id != STRIKE_HAMIDIYA
        assert {link.place.name_ar for link in hamidiya.places} >= {"الحميدية", "الشيخ ياسين"}


def test_only_confirmed_claims_are_saved(page, qtbot, demo_db: Database, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr("casualtydb.ui.pages.entry.ask", lambda *a, **k: asked.append(a[2]) or True)
    choose_source(page, qtbot)
    paste_seed(page)
    page._select_row(1)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Space)  # confirm the 5 killed in al-Sousa
    assert [c.confirmed for c in page.draft.claims] == [False, True, False]
    page.save()
    wait_for_stored_box(page, qtbot).findChild(QPushButton, "save_second_copy").click()
    qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    assert asked[0].startswith("2 claim") and "not confirmed" in asked[0]
    assert [(c.category, c.min) for c in saved_claims(demo_db, page.last_saved_report)] == [("killed", 5)]


def test_keyboard_alone(page, qtbot) -> None:
    page.text.setFocus()
    type_text(page.text, "استشهد ثلاثة مدنيين في قصف على حي الحميدية")
    page.extract_now()
    settle()
    assert [(c.category, c.min) for c in page.draft.claims] == [("killed", 3)]
    # Alt+N adds a claim and starts editing its minimum; type it, Enter.
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert page.model.rowCount() == 2 and page.table.state() == page.table.State.EditingState
    from casualtydb.ui.widgets.number_edit import NumberEdit

    editor = page.table.viewport().findChild(NumberEdit, "claim_number_editor")
    type_text(editor, "٤")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    settle()  # the delegate commits in a queued call
    added = page.draft.claims[1]
    assert (added.category, added.min, added.suggested, added.confirmed) == ("killed", 4, False, False)
    assert added.new_incident == page.draft.claims[0].new_incident  # the selected claim's incident
    # Space confirms, Delete removes.
    QTest.keyClick(page.table, Qt.Key.Key_Space)
    assert page.draft.claims[1].confirmed
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1
    # Tab walks from the text to the claims table, then on to the buttons.
    page.text.setFocus()
    QTest.keyClick(page.text, Qt.Key.Key_Tab)
    assert page.table.hasFocus()


def test_tab_walks_the_whole_form_in_order(page) -> None:
    """From the source to the report's fields, the text, the claims and their buttons."""
    page.source.edit.setFocus()
    walked = [page.source.edit]
    for _ in range(9):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [page.source.edit, page.title, page.author, page.published, page.url, page.language,
                      page.text, page.table, page.confirm_all_button, page.add_button]


def test_clicking_a_highlighted_claim_selects_it(page) -> None:
    paste_seed(page)
    mark = next(m for m in page.text.marks if m.kind == "claim" and m.index == 1)
    cursor = page.text.textCursor()
    cursor.setPosition(mark.start + 2)
    page.text.setTextCursor(cursor)
    page.text.ensureCursorVisible()
    settle()
    point = page.text.cursorRect(cursor).center()
    QTest.mouseClick(page.text.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert page.table.currentIndex().row() == 1
    assert page.text.selected_claim == 1
    assert "claim 2" in page.incident_panel.title.text().lower()
    assert page.text.mark_at(QPoint(-500, -500)) is None


def test_link_a_claim_to_a_recorded_incident(page, qtbot, demo_db: Database) -> None:
    """The person links the 7 killed to another recorded incident nearby (the siege, a day
    before) than the default."""
    siege = demo_id("incident:siege-deir-ez-zor")
    choose_source(page, qtbot)
    paste_seed(page)
    page._select_row(0)
    settle()
    options = page.incident_panel.options
    values = [options.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(options.count())]
    assert ("existing", STRIKE_HAMIDIYA) in values and ("existing", siege) in values
    item = options.item(values.index(("existing", siege)))
    options.setCurrentItem(item)
    options.setFocus()
    QTest.keyClick(options, Qt.Key.Key_Space)
    settle()
    claim = page.draft.claims[0]
    assert claim.incident_id == siege and claim.new_incident is None and claim.link_chosen
    assert not page.incident_panel.hint.isVisible()
    assert page.model.index(0, 6).data().startswith("recorded")
    page.model.setData(page.model.index(0, 0), True, Qt.ItemDataRole.CheckStateRole)
    with demo_db.session() as s:
        incidents_before = len(s.scalars(select(Incident.id)).all())
    from casualtydb.ui.pages import entry

    entry_ask = entry.ask
    try:
        entry.ask = lambda *a, **k: True
        page.save()
        wait_for_stored_box(page, qtbot).findChild(QPushButton, "save_second_copy").click()
        qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    finally:
        entry.ask = entry_ask
    [saved] = saved_claims(demo_db, page.last_saved_report)
    assert saved.incident_id == siege
    with demo_db.session() as s:
        assert len(s.scalars(select(Incident.id)).all()) == incidents_before  # no new incident


def test_a_new_source_created_inline(page, qtbot, demo_db: Database) -> None:
    page.source.edit.setFocus()
    type_text(page.source.edit, "شبكة الخابور")
    qtbot.waitUntil(lambda: bool(page.source.offers()), timeout=5000)
    settle()
    new = [i for i, (value, _) in enumerate(page.source.offers()) if isinstance(value, tuple)]
    page.source.choose_offer(new[0])
    assert page.source.kind.isVisible()
    page.source.kind.setCurrentIndex(page.source.kind.findData("news_outlet"))
    page.text.setPlainText("لم يسجل سقوط ضحايا")
    page.save()
    qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    with demo_db.session() as s:
        source = s.get(Source, s.get(Report, page.last_saved_report).source_id)
        assert (source.name_ar, source.kind) == ("شبكة الخابور", "news_outlet")


def test_errors_name_the_claim_and_keep_the_form(page, qtbot, demo_db: Database) -> None:
    choose_source(page, qtbot)
    paste_seed(page)
    page.model.setData(page.model.index(1, 0), True, Qt.ItemDataRole.CheckStateRole)
    page.model.setData(page.model.index(1, 4), "3", Qt.ItemDataRole.EditRole)  # max below min
    from casualtydb.ui.pages import entry

    entry_ask, entry.ask = entry.ask, (lambda *a, **k: True)
    try:
        page.save()
        wait_for_stored_box(page, qtbot).findChild(QPushButton, "save_second_copy").click()
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10000)
    finally:
        entry.ask = entry_ask
    assert "Claim 2" in page.error.text() and "Maximum" in page.error.text()
    assert page.table.currentIndex().row() == 1 and page.table.currentIndex().column() == 4
    assert page.text.text() == seed_text() and page.last_saved_report is None
    with demo_db.session() as s:
        assert len(s.scalars(select(Report.id)).all()) == 5  # the demo's only: nothing was written


def test_draft_comes_back_after_a_crash(qtbot, context, store) -> None:
    first = make_page(qtbot, context, store)
    first.title.setText("تقرير لم يحفظ")
    first.title.textEdited.emit(first.title.text())
    paste_seed(first)
    first.model.setData(first.model.index(0, 0), True, Qt.ItemDataRole.CheckStateRole)
    first.model.setData(first.model.index(0, 3), "8", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: store.list() != [], timeout=5000)  # written shortly after the changes
    first.writer.flush()
    draft_id = first.draft.draft_id
    # The app dies: the page goes away without saving (no close handler runs).
    first.writer.close()
    first.setParent(None)
    first.deleteLater()
    settle()

    second = make_page(qtbot, context, store)
    assert second.banner.isVisible() and "تقرير لم يحفظ" in second.banner.message.text()
    second.banner.restore_button.click()
    settle()
    assert not second.banner.isVisible()
    assert second.draft.draft_id == draft_id
    assert second.title.text() == "تقرير لم يحفظ" and second.text.text() == seed_text()
    assert second.published.value() == date(2017, 10, 30)
    claim = second.draft.claims[0]
    assert (claim.confirmed, claim.min, claim.max) == (True, 8, 7)
    assert second.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert {m.kind for m in second.text.marks} >= {"claim_confirmed", "date", "place"}
    # Discarding a draft removes it for good.
    second.new_draft()
    second.offer_drafts()
    assert second.banner.isVisible()
    second.banner.discard_button.click()
    assert not second.banner.isVisible() and store.list() == []
    second.writer.flush()


def test_drafts_of_another_database_are_not_offered(qtbot, context, store, tmp_path: Path) -> None:
    from casualtydb.db import open_database

    other = open_database(tmp_path / "other.db")
    try:
        DraftStore(other).save("elsewhere", {"text": "x"}, label="x")
    finally:
        other.dispose()
    page = make_page(qtbot, context, store)
    assert not page.banner.isVisible()
    page.offer_drafts()
    assert not page.banner.isVisible()


def test_a_long_text_is_read_off_the_ui_thread(page, qtbot) -> None:
    import time

    text = (seed_text() + "\n\n") * 60  # ≈ 130,000 characters
    page.published.set_value(date(2017, 10, 30))
    page.text.setPlainText(text)
    started = time.perf_counter()
    page.extract_now()
    assert time.perf_counter() - started < 0.2  # returned at once: the work is in a worker
    assert page.extract_status.text() == "Reading the text…"
    qtbot.waitUntil(lambda: len(page.draft.claims) >= 150, timeout=30000)
    settle()


def test_the_claims_model_passes_qt_model_tests(qtmodeltester, page) -> None:
    paste_seed(page)
    qtmodeltester.check(page.model)


def test_the_page_is_in_the_window_and_right_to_left_in_arabic(window, qapp) -> None:
    from casualtydb.ui.i18n import install_language

    page = window.show_page("entry")
    assert window.specs["entry"].order == 5
    install_language(qapp, "ar")
    settle()
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.isRightToLeft()


def test_the_app_opens_on_the_offered_draft(qapp, qtbot, demo_db: Database, ui_settings) -> None:
    from casualtydb.services.report_entry import ReportDraft
    from casualtydb.ui.app import build_window

    draft = ReportDraft(title="قصف على السوسة", text="استشهد خمسة مدنيين")
    DraftStore(demo_db).save(draft.draft_id, draft.to_json(), label="قصف على السوسة")
    win = build_window(demo_db, "en", ui_settings)
    qtbot.addWidget(win)
    win.show()
    settle()
    assert win.current_key == "entry"
    page = win.pages["entry"]
    assert page.banner.isVisible() and "قصف على السوسة" in page.banner.message.text()
    page.banner.restore_button.click()
    settle()
    assert page.title.text() == "قصف على السوسة" and page.draft.draft_id == draft.draft_id
    page.writer.flush()


def test_without_drafts_the_app_opens_on_the_overview(window) -> None:
    assert window.current_key == "dashboard" and "entry" not in window.pages


def test_quitting_keeps_the_last_keystrokes(page, store) -> None:
    page.title.setFocus()
    type_text(page.title, "تقرير أخير")
    assert page._draft_timer.isActive() and store.list() == []
    page.on_app_about_to_quit()
    assert [d.label for d in store.list()] == ["تقرير أخير"]


def test_the_published_date_is_typed_and_a_wrong_one_stops_the_save(page, qtbot, demo_db: Database) -> None:
    """A person types the date into the empty field; a date that is not one is named on save,
    never stored as "no date"."""
    choose_source(page, qtbot)
    page.published.setFocus()
    type_text(page.published, "٣٠/١٠/٢٠١٧")
    assert page.published.value() == date(2017, 10, 30)
    page.published.clear_value()
    type_text(page.published, "2017-10-32")
    page.text.setPlainText(seed_text())
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Report))
    page.save()
    settle()
    assert page.last_saved_report is None
    assert page.error.isVisible() and "2017-10-32" in page.error.text()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == before


def test_save_proposes_the_recorded_incident_when_the_proposals_came_late(page, qtbot, demo_db: Database) -> None:
    """The default links are checked again in the database on save: a claim still on a new
    incident that repeats a recorded one is relinked and shown before anything is saved."""
    choose_source(page, qtbot)
    paste_seed(page)
    page.proposals = {}
    for c in page.draft.claims:  # as before the proposals came back
        c.incident_id = None
        c.confirmed = True
    page.model.refresh_incident_labels()
    page.save()
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=10000)
    assert page.notice.text().startswith("3 claim") and page.stored_box is None
    assert page.draft.claims[0].incident_id == STRIKE_HAMIDIYA and page.last_saved_report is None
    settle()
    assert page.model.index(0, 6).data().startswith("recorded")


def test_files_dropped_on_the_text_are_attached_on_save(page, qtbot, demo_db: Database, tmp_path: Path,
                                                        monkeypatch) -> None:
    """Issue 14.3: a screenshot dropped on the report text is not pasted as its path: it waits in
    the evidence row (and the draft) and is attached, with its SHA-256, when the report is saved."""
    from PySide6.QtCore import QMimeData, QUrl

    from casualtydb.services import attachments

    monkeypatch.setattr("casualtydb.ui.pages.entry.ask", lambda *a, **k: True)
    shot = tmp_path / "منشور.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"screenshot" * 50)
    choose_source(page, qtbot)
    paste_seed(page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shot))])
    page.text.insertFromMimeData(mime)
    assert page.text.text() == seed_text()  # no path typed into the report
    assert page.draft.evidence == [str(shot)] and "منشور.png" in page.evidence.label.text()
    page.write_draft()
    page.writer.flush()
    assert page.store.load(page.draft.draft_id)["evidence"] == [str(shot)]
    page.save()
    wait_for_stored_box(page, qtbot).findChild(QPushButton, "save_second_copy").click()
    qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    with demo_db.session() as s:
        [stored] = attachments.of_report(s, page.last_saved_report)
        assert stored.file_name == "منشور.png" and attachments.data(s, stored) == shot.read_bytes()
    assert page.evidence.files == []  # the next report starts without them


def test_doubtful_suggestions_are_folded_and_nothing_is_hidden_for_good(page, qtbot) -> None:
    """A figure the text supports only weakly (here a detention word far from «4 صحفيين») is folded
    away; "confirm all" leaves it; one click shows it."""
    page.published.set_value(date(2024, 3, 1))
    page.text.setPlainText("قتل 5 مدنيين بقصف على البلدة. وقد شهدت المدينة اعتقالات طالت في الأسابيع الماضية "
                           "عدداً من الناشطين بينهم 4 صحفيين.")
    page.extract_now()
    qtbot.waitUntil(lambda: len(page.draft.claims) == 2, timeout=10000)
    settle()
    assert [c.min for c in page.draft.claims] == [5, 4]
    assert not page.table.isRowHidden(0) and page.table.isRowHidden(1)
    assert page.doubtful_button.isVisible() and page.doubtful_button.text() == "Show 1 doubtful"
    page.confirm_all_button.click()
    assert [c.confirmed for c in page.draft.claims] == [True, False]
    page.doubtful_button.click()
    assert not page.table.isRowHidden(1) and page.doubtful_button.text() == "Fold doubtful"
    page.confirm_all_button.click()  # shown: confirmed with the others
    assert [c.confirmed for c in page.draft.claims] == [True, True]
    assert not page.doubtful_button.isVisible()  # confirmed: no longer doubtful


NAMED = ("استشهد الطفل محمد أحمد العلي (12 عاماً) وأصيب شقيقه خالد بجروح في قصف على حي الحميدية اليوم.")


def test_named_victims_are_listed_to_confirm_and_saved_as_mentions(page, qtbot, demo_db: Database,
                                                                   qtmodeltester) -> None:
    from casualtydb.models import Mention
    from casualtydb.ui.entry.victims_list import COL_CONFIRM, COL_NAME

    assert not page.victims.isVisible()
    page.source.edit.setFocus()
    type_text(page.source.edit, "شبكة الخابور")
    qtbot.waitUntil(lambda: bool(page.source.offers()), timeout=5000)
    settle()
    page.source.choose_offer(next(i for i, (v, _) in enumerate(page.source.offers()) if isinstance(v, tuple)))
    page.published.set_value(date(2017, 10, 30))
    page.text.setPlainText(NAMED)
    page.extract_now()
    settle()
    model = page.victims.model
    qtmodeltester.check(model)
    assert page.victims.isVisible()
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == ["محمد أحمد العلي", "خالد"]
    assert model.index(0, 2).data() == "killed" and model.index(1, 2).data() == "injured"
    assert model.index(0, 4).data() == "12"
    # The names are highlighted; clicking one selects its row.
    mark = next(m for m in page.text.marks if m.kind == "victim" and m.index == 1)
    assert NAMED[mark.start:mark.end] == "خالد"
    page.on_text_sig_mark_clicked("victim", 1)
    assert page.victims.table.currentIndex().row() == 1
    # Confirm the boy with the keyboard; his brother stays unconfirmed.
    page.victims.table.setCurrentIndex(model.index(0, COL_CONFIRM))
    page.victims.table.setFocus()
    QTest.keyClick(page.victims.table, Qt.Key.Key_Space)
    assert [v.confirmed for v in page.draft.victims] == [True, False]
    page.confirm_all_button.click()
    page.save()
    qtbot.waitUntil(lambda: page.last_saved_report is not None, timeout=10000)
    with demo_db.session() as s:
        mentions = s.scalars(select(Mention).where(Mention.report_id == page.last_saved_report)).all()
        assert [(m.name, m.age, m.fate) for m in mentions] == [("محمد أحمد العلي", 12, "killed")]
        killed = next(c for c in saved_claims(demo_db, page.last_saved_report) if c.category == "killed")
        assert mentions[0].claim_id == killed.id and mentions[0].incident_id == killed.incident_id
