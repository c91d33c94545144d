"""The main window: navigation between the registered pages, the search box, the menus built
from the action registry, and the database it shows. Pages do the work; this only wires."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import Shiboken

from .. import __version__
from ..changes import Changes
from ..crossref.scan import save_shared_settings
from ..crossref.settings import SharedSettings, shared_settings
from ..db import Database
from . import actions as registry
from . import files, verify_dialog
from .context import AppContext, Bus
from .editing import edit_record
from .format import fill, isolate
from .i18n import install_language, resolve_language
from .lock import LockController
from .ops import finish_ops
from .pages import PageSpec, discover
from .settings import Settings
from .settings_dialog import SettingsDialog
from .undo import step_back, step_forward
from .widgets import splitters

log = logging.getLogger(__name__)

PageKeyRole = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, database: Database, settings: Settings, lang: str) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.lang = lang
        self.bus = Bus(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(50)
        self.specs: dict[str, PageSpec] = {s.key: s for s in discover()}
        self.pages: dict[str, QWidget] = {}
        self.history: list[tuple[str, Any]] = []
        self.current_key: str | None = None
        self._switching = False
        self.context = AppContext(database=database, settings=settings, bus=self.bus, undo_stack=self.undo_stack,
                                  lang=lang)
        self.context.page_keys = tuple(self.specs)  # type: ignore[attr-defined]

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setSpacing(1)
        self.nav.currentItemChanged.connect(self.on_nav_current_item_changed)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        # The pages, or the lock page while an encrypted database is locked (ui/lock.py).
        self.central = QStackedWidget(self)
        self.central.setObjectName("central")
        self.central.addWidget(splitter)
        self.setCentralWidget(self.central)
        self.nav.setMinimumWidth(110)
        self._splitter = splitter
        splitters.remember(splitter, settings, "navigation")

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search_box")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.returnPressed.connect(self.run_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda *_: self._search_timer.start())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)

        self.status_db = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_db)

        self.actions_by_id: dict[str, QAction] = {}
        self.recent_menu = QMenu(self)
        self._build_actions()
        self.context.actions = self.actions_by_id
        registry.on_handler_registered(self._on_handler_registered)

        self.lock = LockController(self)
        self.bus.sig_open_record.connect(self.open_record)
        self.bus.sig_show_page.connect(self.show_page)
        self.bus.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._page_shortcuts: list[QShortcut] = []
        self._fill_navigation()
        self.retranslate()
        self._restore_geometry()
        self.show_page("dashboard" if "dashboard" in self.specs else next(iter(self.specs)))
        for spec in self.specs.values():
            if spec.on_start is not None:
                spec.on_start(self.context)

    # -- actions and menus ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        builtin = {
            "file.new_database": self.new_database,
            "file.open_database": self.open_database_dialog,
            "file.backup_now": self.backup_now,
            "file.lock": self.lock_now,
            "file.verify": self.verify_history,
            "file.settings": self.open_settings,
            "file.quit": self.close,
            "edit.undo": lambda: step_back(self.context, self),
            "edit.redo": lambda: step_forward(self.context, self),
            "edit.find": self.focus_search,
            "view.back": self.go_back,
            "help.about": self.show_about,
        }
        self.menus: dict[str, QMenu] = {}
        for key in registry.MENUS:
            self.menus[key] = self.menuBar().addMenu("")
        for spec in registry.ACTIONS:
            action = QAction(self)
            action.setObjectName(spec.id)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            handler = builtin.get(spec.id)
            if handler is not None:
                action.triggered.connect(lambda *_, h=handler: h())
            else:
                action.triggered.connect(lambda *_, sid=spec.id: self._run_registered(sid))
                action.setEnabled(registry.handler_for(spec.id) is not None)
            self.actions_by_id[spec.id] = action
            self.menus[spec.menu].addAction(action)
            if spec.id == "file.open_database":
                self.menus["file"].addMenu(self.recent_menu)
            if spec.id in ("file.merge_database", "file.lock", "edit.redo", "edit.find"):
                self.menus[spec.menu].addSeparator()
        self.undo_stack.canUndoChanged.connect(self.actions_by_id["edit.undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_id["edit.redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda *_: self._undo_texts())
        self.undo_stack.redoTextChanged.connect(lambda *_: self._undo_texts())
        self.actions_by_id["edit.undo"].setEnabled(False)
        self.actions_by_id["edit.redo"].setEnabled(False)
        self.actions_by_id["file.backup_now"].setEnabled(self.context.database.path is not None)
        self.toolbar.addAction(self.actions_by_id["view.back"])
        self.toolbar.addAction(self.actions_by_id["edit.undo"])
        self.toolbar.addAction(self.actions_by_id["edit.redo"])
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_box)

    def _undo_texts(self) -> None:
        if not Shiboken.isValid(self.undo_stack):  # the window is being destroyed
            return
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.actions_by_id["edit.undo"].setText(fill(self.tr("&Undo %1"), undo) if undo else self.tr("&Undo"))
        self.actions_by_id["edit.redo"].setText(fill(self.tr("&Redo %1"), redo) if redo else self.tr("&Redo"))

    def _on_handler_registered(self, action_id: str) -> None:
        action = self.actions_by_id.get(action_id)
        if action is not None:
            action.setEnabled(True)

    def _run_registered(self, action_id: str) -> None:
        handler = registry.handler_for(action_id)
        if handler is not None:
            handler(self.context, self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        self.recent_menu.setTitle(QCoreApplication.translate("Actions", registry.RECENT_MENU))
        recent = [r for r in self.settings.recent_databases if r]
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda *_, p=path: self.switch_database(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- navigation ----------------------------------------------------------------------------

    def _fill_navigation(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        for sc in self._page_shortcuts:
            sc.setParent(None)
        self._page_shortcuts = []
        for spec in self.specs.values():
            if spec.order is None:
                continue
            item = QListWidgetItem(spec.translated_title())
            item.setData(PageKeyRole, spec.key)
            if spec.shortcut:
                item.setToolTip(QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
                sc = QShortcut(QKeySequence(spec.shortcut), self, lambda k=spec.key: self.show_page(k))
                self._page_shortcuts.append(sc)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest title (in the current language), so the pages get
        the rest; the person's own width, once they move the divider, is kept instead."""
        fm = self.nav.fontMetrics()
        titles = [self.nav.item(i).text() for i in range(self.nav.count())]
        fitted = max((fm.horizontalAdvance(t) for t in titles), default=100) + 4 * fm.averageCharWidth() + 16
        self.nav.setMaximumWidth(max(fitted * 2, 240))
        if not self.settings.splitter_state("navigation"):
            self._splitter.setSizes([fitted, max(self._splitter.width() - fitted, 400)])

    def on_nav_current_item_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        # Ignore what switching pages does to the list itself (focus moving into it selects a row).
        if current is not None and not self._switching:
            key = current.data(PageKeyRole)
            if key != self.current_key:
                self.show_page(key)

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, built on first use."""
        widget = self.pages.get(key)
        if widget is None:
            widget = self.specs[key].factory(self.context)
            widget.setObjectName(f"page_{key}")
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return widget

    def show_page(self, key: str, arg: Any = None, *, remember: bool = True) -> QWidget | None:
        if key == "<back>":
            self.go_back()
            return None
        if key not in self.specs:
            log.info("no page %r", key)
            return None
        widget = self.page(key)
        self._switching = True
        try:
            self._show_widget(key, widget, remember and self.current_key not in (None, key))
        finally:
            self._switching = False
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate(arg)
        self.actions_by_id["view.back"].setEnabled(bool(self.history))
        return widget

    def _show_widget(self, key: str, widget: QWidget, remember: bool) -> None:
        if remember and self.current_key is not None:
            self.history.append((self.current_key, _shown_record(self.pages.get(self.current_key))))
            del self.history[:-50]
        self.current_key = key
        self.stack.setCurrentWidget(widget)
        for i in range(self.nav.count()):
            if self.nav.item(i).data(PageKeyRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(i)
                self.nav.blockSignals(False)
                break
        else:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)

    def go_back(self) -> None:
        if not self.history:
            return
        key, record = self.history.pop()
        widget = self.show_page(key, remember=False)
        if record is not None and widget is not None and hasattr(widget, "open_record"):
            widget.open_record(record)
        self.actions_by_id["view.back"].setEnabled(bool(self.history))

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        """Show a record on the page registered for its kind, else in its editor."""
        for spec in self.specs.values():
            if spec.record_kind == kind:
                widget = self.show_page(spec.key)
                if widget is not None:
                    current = _shown_record(widget)
                    if current is not None and current != record_id and self.history[-1:] != [(spec.key, current)]:
                        self.history.append((spec.key, current))  # back returns to the previous record
                    widget.open_record(record_id)  # type: ignore[attr-defined]
                return
        edit_record(self.context, self, kind, record_id)

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            return
        self.show_page("search", text)

    # -- the database --------------------------------------------------------------------------

    def new_database(self) -> None:
        files.new_database(self)

    def open_database_dialog(self) -> None:
        files.open_database_dialog(self)

    def switch_database(self, target: str) -> None:
        files.switch_database(self, target)

    def backup_now(self) -> None:
        files.backup_now(self)

    def verify_history(self) -> None:
        verify_dialog.verify_history(self)

    def lock_now(self) -> None:
        if not self.lock.can_lock():
            self.statusBar().showMessage(self.tr("This database is not encrypted: locking the window would not "
                                                 "protect it. Encrypt it with `casualtydb encrypt`."), 10000)
            return
        self.lock.lock()

    def show_lock_page(self, page: QWidget) -> None:
        if self.central.indexOf(page) < 0:
            self.central.addWidget(page)
        self.central.setCurrentWidget(page)
        self.menuBar().setEnabled(False)
        self.toolbar.setVisible(False)  # the search box too: nothing to read or type into
        for action in self.actions_by_id.values():
            action.setProperty("enabled_before_lock", action.isEnabled())
            action.setEnabled(False)

    def hide_lock_page(self) -> None:
        self.central.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.toolbar.setVisible(True)
        for action in self.actions_by_id.values():
            action.setEnabled(bool(action.property("enabled_before_lock")))
        self.context.broadcast(Changes.everything())  # shown again: whatever others wrote meanwhile

    def set_database(self, database: Database) -> None:
        """Show another database: pages are rebuilt for it, undo history is cleared."""
        old = self.context.database
        self.context.database = database
        self.undo_stack.clear()
        self._rebuild_pages()
        if old is not database:
            old.dispose()
        if database.path is not None:
            self.settings.add_recent(str(database.path))
        self.actions_by_id["file.backup_now"].setEnabled(database.path is not None)
        self.lock.restart()
        self.retranslate()

    def _rebuild_pages(self) -> None:
        current = self.current_key or "dashboard"
        for widget in self.pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self.history.clear()
        self.current_key = None
        self.show_page(current if current in self.specs and self.specs[current].order is not None else "dashboard",
                       remember=False)

    # -- language and texts --------------------------------------------------------------------

    def switch_language(self, lang: str) -> None:
        """Switch the running app to `lang`: translations, locale, direction, then pages again
        (their data labels are in the language too)."""
        app = QApplication.instance()
        self.lang = install_language(app, lang)  # type: ignore[arg-type]
        self.context.lang = self.lang
        self._rebuild_pages()
        self.retranslate()

    def retranslate(self) -> None:
        for spec in registry.ACTIONS:
            action = self.actions_by_id[spec.id]
            action.setText(spec.translated_text())
            action.setStatusTip(spec.translated_tip())
            action.setToolTip(spec.translated_tip() or spec.translated_text().replace("&", ""))
        for key, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate("Actions", registry.MENUS[key]))
        self._undo_texts()
        self._fill_recent()
        self._fill_navigation()
        if self.current_key:
            for i in range(self.nav.count()):
                if self.nav.item(i).data(PageKeyRole) == self.current_key:
                    self.nav.setCurrentRow(i)
        self.search_box.setPlaceholderText(self.tr("Search incidents, reports, places, actors, sources…"))
        where = self.context.database.describe()
        self.setWindowTitle(fill(self.tr("casualtydb — %1"), where))
        self.status_db.setText(fill(self.tr("Database: %1 · User: %2"), isolate(where), isolate(self.context.user)))

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- dialogs -------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Read the database's shared settings (an op), show the dialog, save what changed."""
        self.context.run_op(self, lambda ctx: shared_settings(session=ctx.session), self._show_settings)

    def _show_settings(self, shared: SharedSettings) -> None:
        dialog = SettingsDialog(self.settings, self, shared)
        if not dialog.exec():
            return
        changed = dialog.shared_changes()
        if changed:
            def save(ctx: Any) -> None:
                save_shared_settings(ctx.session, **changed)
                if "tolerance_percent" in changed:
                    ctx.changes.add("figure")  # the rescan rewrites figures with Core statements

            self.context.run_op(self, save, write=True,
                                progress=self.tr("Saving the database's settings and rescanning the conflicts…"),
                                context="database settings")
        if dialog.language_changed():
            self.switch_language(resolve_language(None, dialog.chosen_language()))
        self.retranslate()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About casualtydb"), fill(self.tr(
            "<b>casualtydb %1</b><br>Casualty reports as facts with their sources: every figure keeps the report "
            "and the quote it came from.<br><br>Arabic font: Noto Sans Arabic (SIL Open Font License 1.1)."),
            __version__))

    # -- geometry ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.window_state
        if state:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        finish_ops()  # a write under way commits or rolls back before the window goes
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        super().closeEvent(event)


def _shown_record(page: QWidget | None) -> Any:
    """The record a one-record page shows (an incident, a person), for Back."""
    return getattr(page, "incident_id", None) or getattr(page, "person_id", None)
