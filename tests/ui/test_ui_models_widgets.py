"""Table models (qtmodeltester), the background-op helper and the widgets."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtCore import Qt

from casualtydb.errors import CasualtyDBError
from casualtydb.ui.models.lazy import RecordIdRole, RecordTableModel, RowRole, SortRole

from .conftest import settle, type_text

pytestmark = pytest.mark.gui


def list_models():
    from casualtydb.queries import actors, incidents, places, reports, sources
    from casualtydb.ui.pages import actors as pa
    from casualtydb.ui.pages import incidents as pi
    from casualtydb.ui.pages import places as pp
    from casualtydb.ui.pages import reports as pr
    from casualtydb.ui.pages import sources as ps

    return [
        (pi.COLUMNS, incidents.incident_ids, incidents.incident_rows, "date"),
        (pr.COLUMNS, reports.report_ids, reports.report_rows, "published"),
        (ps.COLUMNS, sources.source_ids, sources.source_rows, "name"),
        (pp.COLUMNS, places.place_ids, places.place_rows, "name"),
        (pa.COLUMNS, actors.actor_ids, actors.actor_rows, "name"),
    ]


@pytest.mark.parametrize("index", range(5))
def test_table_models_pass_qtmodeltester(qtmodeltester, demo_db, index):
    columns, ids, rows, order = list_models()[index]
    model = RecordTableModel(demo_db, columns, ids, rows, lang="en", background=False)
    model.set_query(None, order, False)
    assert model.rowCount() > 0
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
    first = model.index(0, 0)
    assert isinstance(model.data(first, RecordIdRole), uuid.UUID)
    assert model.data(first, RowRole) is not None and model.data(first, SortRole) is not None
    for col in range(model.columnCount()):
        if columns[col].sort_key:
            model.sort(col, Qt.SortOrder.DescendingOrder)
            assert model.order_by == columns[col].sort_key and model.rowCount() > 0


# Every item model of casualtydb/ui, and the test that runs Qt's model tester on it with real data in it.
MODEL_TESTS = {
    "casualtydb.ui.models.lazy.RecordTableModel": "ui/test_ui_models_widgets.py::test_table_models_pass_qtmodeltester",
    # (the People list's columns: ui/test_people_pages.py::test_people_list_model_sorts_and_filters_in_sql)
    "casualtydb.ui.models.conflicts.ConflictListModel":
        "ui/test_conflicts_page.py::test_demo_conflicts_worst_first_with_claims_side_by_side",
    "casualtydb.ui.models.conflicts.ClaimsModel":
        "ui/test_conflicts_page.py::test_demo_conflicts_worst_first_with_claims_side_by_side",
    "casualtydb.ui.pages.matching.MatchesModel":
        "ui/test_people_pages.py::test_matching_merge_and_undo_restore_the_state",
    "casualtydb.ui.pages.duplicates.CandidatesModel": "ui/test_conflicts_page.py::test_duplicates_merge_unmerge_and_dismiss",
    "casualtydb.ui.entry.claims_model.ClaimsTableModel": "ui/test_entry_page.py::test_the_claims_model_passes_qt_model_tests",
    "casualtydb.ui.pages.merge_conflicts.ConflictsModel":
        "ui/test_merge_conflicts_page.py::test_conflicts_page_settles_a_conflict",
    "casualtydb.ui.pages.merge_conflicts.DifferencesModel":
        "ui/test_merge_conflicts_page.py::test_conflicts_page_settles_a_conflict",
    "casualtydb.ui.pages.merge_conflicts.MatchesModel": "ui/test_merge_conflicts_page.py::test_conflicts_page_confirms_a_match",
    "casualtydb.ui.pages.exchange.ProblemsModel":
        "ui/test_exchange_page.py::test_check_lists_every_problem_and_writes_nothing",
    "casualtydb.ui.mapping_dialog.ColumnsModel": "ui/test_exchange_page.py::test_a_sheet_in_no_known_format_is_mapped_in_a_dialog",
    "casualtydb.ui.mapping_dialog.PreviewModel": "ui/test_exchange_page.py::test_a_sheet_in_no_known_format_is_mapped_in_a_dialog",
    "casualtydb.ui.places_dialog.PlacesModel": "ui/test_exchange_page.py::test_unresolved_places_are_settled_in_one_list_first",
    "casualtydb.ui.entry.victims_list.VictimsModel":
        "ui/test_entry_page.py::test_named_victims_are_listed_to_confirm_and_saved_as_mentions",
}
# Bases never shown as they are; the models above that derive from them are checked.
MODEL_BASES = {"casualtydb.ui.models.rows.ListTableModel"}


def test_every_item_model_is_checked_by_the_model_tester():
    import ast
    import importlib
    import pkgutil
    from pathlib import Path

    from PySide6.QtCore import QAbstractItemModel

    import casualtydb.ui

    for info in pkgutil.walk_packages(casualtydb.ui.__path__, "casualtydb.ui."):
        importlib.import_module(info.name)

    def subclasses(cls: type) -> set[type]:
        return {s for c in cls.__subclasses__() for s in {c} | subclasses(c)}

    found = {f"{c.__module__}.{c.__qualname__}" for c in subclasses(QAbstractItemModel)
             if c.__module__.startswith("casualtydb.")}
    assert found == set(MODEL_TESTS) | MODEL_BASES, "a new model needs a qtmodeltester test listed in MODEL_TESTS"
    tests = Path(__file__).resolve().parents[1]
    for model, where in MODEL_TESTS.items():
        path, name = where.split("::")
        tree = ast.parse((tests / path).read_text(encoding="utf-8"))
        func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
        assert "qtmodeltester.check(" in ast.unparse(func), f"{where} does not run the model tester ({model})"


def test_rows_are_fetched_a_page_at_a_time(demo_db):
    from casualtydb.queries import places
    from casualtydb.ui.pages.places import COLUMNS

    model = RecordTableModel(demo_db, COLUMNS, places.place_ids, places.place_rows, background=False)
    model.PAGE = 50
    model.set_query(None, "name", False)
    assert model.rowCount() == 362 and model.row_fetches == 0
    model.index(0, 0).data()
    model.index(10, 2).data()
    assert model.row_fetches == 1
    model.index(300, 0).data()
    assert model.row_fetches == 2 and len(model._rows) == 50 + 50 - 0 or model.row_fetches == 2


def test_background_ids_query_reports_loading(qtbot, demo_db):
    from casualtydb.queries import incidents
    from casualtydb.ui.pages.incidents import COLUMNS

    model = RecordTableModel(demo_db, COLUMNS, incidents.incident_ids, incidents.incident_rows)
    with qtbot.waitSignal(model.sig_loaded, timeout=5000) as blocker:
        model.set_query(incidents.IncidentFilters(), "date", True)
        assert model.loading
    assert blocker.args == [4] and not model.loading


def test_run_op_success_failure_and_cancel(qtbot, demo_db):
    from casualtydb.stats import counts
    from casualtydb.ui.ops import Cancelled, run_op

    results: list = []
    run_op(None, demo_db, lambda ctx: counts(ctx.session)["incidents"], results.append)
    settle()
    assert results == [4]

    failures: list = []
    run_op(None, demo_db, lambda ctx: (_ for _ in ()).throw(CasualtyDBError("boom")), results.append,
           failures.append)
    settle()
    assert [str(f) for f in failures] == ["boom"]

    started = threading.Event()

    def long_op(ctx):
        from casualtydb.models import Source

        ctx.session.add(Source(name_ar="مصدر مؤقت"))
        ctx.session.flush()
        started.set()
        for i in range(200):
            ctx.progress(i, 200, "working")
            ctx.check_cancelled()
            threading.Event().wait(0.01)
        return "finished"

    handle = run_op(None, demo_db, long_op, results.append, failures.append, write=True)
    assert started.wait(5)
    handle.cancel()
    settle()
    assert isinstance(failures[-1], Cancelled) and "finished" not in results
    with demo_db.session() as s:
        assert counts(s)["sources"] == 6  # the cancelled write was rolled back


def test_write_op_commits_under_the_user(demo_db):
    from sqlalchemy import select

    from casualtydb.models import AuditEntry, Source
    from casualtydb.ui.ops import run_op

    def op(ctx):
        ctx.session.add(Source(name_ar="مصدر"))

    run_op(None, demo_db, op, write=True, user="someone", context="test op")
    settle()
    with demo_db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.context == "test op")).one()
        assert entry.user == "someone" and s.scalars(select(Source).where(Source.name_ar == "مصدر")).one()


def test_number_edit_reads_eastern_arabic_and_persian_digits(qtbot):
    from casualtydb.ui.widgets.number_edit import NumberEdit, parse_number

    edit = NumberEdit()
    qtbot.addWidget(edit)
    type_text(edit, "١٬٢٣٤")
    assert edit.value() == 1234
    edit.clear()
    type_text(edit, "۱۲x")  # the letter is refused by the validator
    assert edit.text() == "۱۲" and edit.value() == 12
    assert parse_number("") is None and parse_number(" 1,000 ") == 1000
    with pytest.raises(ValueError):
        parse_number("12-3")


def test_date_edit_can_be_empty(qtbot):
    from datetime import date

    from casualtydb.ui.widgets.date_edit import DateEdit

    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    edit.set_value(date(2017, 10, 30))
    assert edit.value() == date(2017, 10, 30)
    edit.clear_value()
    assert edit.value() is None


def test_place_matcher_ignores_hamza_and_ranks_prefixes_first(demo_db):
    from casualtydb.queries.places import place_choices
    from casualtydb.ui.widgets.place_picker import PlaceMatcher

    with demo_db.session() as s:
        matcher = PlaceMatcher(place_choices(s, lang="en"))
    names = [c.name for c in matcher.match("deir")]
    assert names and all("deir" in " ".join(c.match_names).lower() for c in matcher.match("deir"))
    assert matcher.match("الحميديه")  # ta marbuta written as ha
    assert matcher.match("") == []


def test_bar_chart_ticks_and_paint(qtbot):
    from casualtydb.ui.widgets.bar_chart import BarChart, nice_ticks

    assert nice_ticks(19) == [0.0, 5.0, 10.0, 15.0, 20.0]
    assert nice_ticks(0) == [0.0, 1.0]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_data(["Oct 2017", "Nov 2017"], [19, 3])
    image = chart.grab()
    assert not image.isNull() and len(chart._bars) == 2
    chart.set_data([], [])
    chart.grab()
    assert chart._bars == []


def test_settings_are_typed_with_defaults(ui_settings):
    assert ui_settings.language == "" and ui_settings.recent_databases == []
    ui_settings.lock_minutes = 25
    ui_settings.qsettings.setValue("ui/language", "xx")
    assert ui_settings.lock_minutes == 25 and ui_settings.language == ""
    # settings that decide shared results are not personal: they live in the database
    assert not hasattr(ui_settings, "conflict_tolerance") and not hasattr(ui_settings, "duplicate_window_days")
    for i in range(12):
        ui_settings.add_recent(f"/db{i}")
    assert ui_settings.recent_databases[0] == "/db11" and len(ui_settings.recent_databases) == 8
    assert ui_settings.settings_version == 1


def test_bidi_delegate_lays_out_cells_by_their_own_text():
    from casualtydb.ui.format import strong_direction

    assert strong_direction("حرية برس") is True
    assert strong_direction("Horriya Press") is False
    assert strong_direction("٣٠\u200f/١٠\u200f/٢٠١٧") is True
    assert strong_direction("12") is None


def test_pinned_pyside_does_not_steal_references_to_none(qapp):
    """PySide6 6.12.0 dropped a reference to None (and True/False) for every empty QVariant it
    returned, and after one screen of a table view Python aborted ("none_dealloc"). The pin is
    6.11.3, which does not; this fails on any upgrade that brings the bug back."""
    import sys

    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QComboBox

    model = QStandardItemModel(1, 1)
    index = model.index(0, 0)
    combo = QComboBox()
    combo.addItem("a")
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.FontRole)
        combo.currentData()
        combo.isEnabled()
        combo.setEnabled(True)  # a call returning nothing
    assert before_none - sys.getrefcount(None) < 50
    assert before_true - sys.getrefcount(True) < 50


def test_first_screen_shows_before_all_ids_arrive(demo_db):
    from casualtydb.queries import incidents
    from casualtydb.ui.pages.incidents import COLUMNS

    model = RecordTableModel(demo_db, COLUMNS, incidents.incident_ids, incidents.incident_rows,
                             count=incidents.incident_count, background=False)
    model.FIRST = 2
    steps: list[tuple[int, int, bool]] = []
    model.sig_loaded.connect(lambda n: steps.append((n, len(model._ids), model.loading)))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_query(incidents.IncidentFilters(), "date", True)
    # first the count and two ids (rows 3-4 wait for theirs), then all four without a reset
    assert steps == [(4, 2, True), (4, 4, False)] and len(resets) == 1
    assert model.index(0, 1).data() and model.record_id(3) is not None
    assert model.row_of(model.record_id(3)) == 3


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "2017-10-30"), ("en", "30/10/2017"), ("ar", "٢٠١٧-١٠-٣٠"), ("ar", "٣٠/١٠/٢٠١٧"), ("ar", "۳۰.۱۰.۲۰۱۷"),
])
def test_a_date_can_be_typed_into_the_empty_field(qtbot, lang, typed):
    """The first hour: keying a date into the empty Published field gives that date, in either
    digit set and layout (the old QDateEdit left it empty and showed " 0171030")."""
    from datetime import date

    from PySide6.QtCore import QLocale

    from casualtydb.ui.widgets.date_edit import DateEdit

    QLocale.setDefault(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English))
    try:
        edit = DateEdit()
        edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
        qtbot.addWidget(edit)
        seen = []
        edit.sig_value_changed.connect(seen.append)
        edit.setFocus()
        type_text(edit, typed)
        assert edit.value() == date(2017, 10, 30)
        assert seen[-1] == date(2017, 10, 30)
        type_text(edit, "x")  # a letter is refused, the date stays
        assert edit.value() == date(2017, 10, 30)
        edit.set_value(date(2017, 10, 31))
        assert edit.text() == ("٢٠١٧-١٠-٣١" if lang == "ar" else "2017-10-31")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_date_that_is_not_one_is_not_saved_as_no_date(qtbot):
    from datetime import date

    from casualtydb.ui.editors.base import read_widget
    from casualtydb.ui.widgets.date_edit import DateEdit

    edit = DateEdit()
    qtbot.addWidget(edit)
    type_text(edit, "2017-13-45")
    assert edit.value() is None and edit.text_if_invalid() == "2017-13-45"
    assert read_widget(edit) == "2017-13-45"  # the editor's save names the field
    edit.clear_value()
    assert read_widget(edit) is None
    menu = edit.open_calendar()  # empty: the calendar opens at today, not in 1900
    assert edit.calendar.selectedDate().year() == date.today().year
    edit.calendar.clicked.emit(edit.calendar.selectedDate())
    assert edit.value() == date.today()
    menu.close()
