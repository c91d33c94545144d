"""Export / Import › a sheet in no known format: say what each column is (guessed from its header
in Arabic or English and its HXL hashtag, as `import --suggest-mapping` guesses), see the first
rows as they would be stored, and keep the mapping under a name for next time.

The guess, the saved mappings and the preview are `casualtydb.io.formats.preview`, read off the UI
thread; the mapping is saved by the import that uses it (the same transaction)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..io.formats.mapped import Figure, Mapping, parse_target
from ..io.formats.preview import PreviewRow, SheetToMap, preview, saved_mapping, target_names
from ..models import Category, EventType, VictimGroup
from .context import AppContext
from .format import day, figure_range, fill, isolate, number, separator
from .import_problems import problem_text
from .labels import enum_label
from .places_dialog import place_text
from .models.rows import ListTableModel
from .widgets.delegates import BidiDelegate

# The mapping's targets (casualtydb.io.formats.mapped.FIELDS) in the interface language.
TARGET_TEXTS = {
    "incident": QT_TRANSLATE_NOOP("MappingDialog", "incident id or label"),
    "date": QT_TRANSLATE_NOOP("MappingDialog", "incident date"),
    "end_date": QT_TRANSLATE_NOOP("MappingDialog", "incident end date"),
    "date_precision": QT_TRANSLATE_NOOP("MappingDialog", "date precision"),
    "place": QT_TRANSLATE_NOOP("MappingDialog", "place"),
    "governorate": QT_TRANSLATE_NOOP("MappingDialog", "place: governorate"),
    "district": QT_TRANSLATE_NOOP("MappingDialog", "place: district"),
    "subdistrict": QT_TRANSLATE_NOOP("MappingDialog", "place: sub-district"),
    "pcode": QT_TRANSLATE_NOOP("MappingDialog", "place: P-code"),
    "latitude": QT_TRANSLATE_NOOP("MappingDialog", "place: latitude"),
    "longitude": QT_TRANSLATE_NOOP("MappingDialog", "place: longitude"),
    "location_precision": QT_TRANSLATE_NOOP("MappingDialog", "location precision"),
    "event_type": QT_TRANSLATE_NOOP("MappingDialog", "incident type"),
    "actors": QT_TRANSLATE_NOOP("MappingDialog", "actors"),
    "grade": QT_TRANSLATE_NOOP("MappingDialog", "grade"),
    "source": QT_TRANSLATE_NOOP("MappingDialog", "report source"),
    "url": QT_TRANSLATE_NOOP("MappingDialog", "report web address"),
    "title": QT_TRANSLATE_NOOP("MappingDialog", "report title"),
    "published": QT_TRANSLATE_NOOP("MappingDialog", "report publication date"),
    "author": QT_TRANSLATE_NOOP("MappingDialog", "report author"),
    "language": QT_TRANSLATE_NOOP("MappingDialog", "report language"),
    "description": QT_TRANSLATE_NOOP("MappingDialog", "incident description (English)"),
    "description_ar": QT_TRANSLATE_NOOP("MappingDialog", "incident description (Arabic)"),
    "report_notes": QT_TRANSLATE_NOOP("MappingDialog", "report notes"),
    "ignore": QT_TRANSLATE_NOOP("MappingDialog", "not read"),
}


def target_text(target: str | None) -> str:
    """A target in the interface language ("not read" for none)."""
    if not target:
        return QCoreApplication.translate("MappingDialog", "not read")
    parsed = parse_target(target)
    if isinstance(parsed, Figure):
        text = fill(QCoreApplication.translate("MappingDialog", "figure: %1, %2"), enum_label(Category(parsed.category)),
                    enum_label(VictimGroup(parsed.group)))
        if parsed.bound == "min":
            text = fill(QCoreApplication.translate("MappingDialog", "%1 (lowest)"), text)
        elif parsed.bound == "max":
            text = fill(QCoreApplication.translate("MappingDialog", "%1 (highest)"), text)
        return text
    template = TARGET_TEXTS.get(parsed or "")
    return QCoreApplication.translate("MappingDialog", template) if template else target


def why_text(why: str) -> str:
    """Why a column was guessed (io/formats/suggest.py's English phrases) in the interface language."""
    point = " (a point inside the min–max range; the range is kept)"
    kept = why.endswith(point)
    why = why.removesuffix(point)
    if why.startswith("HXL "):
        text = fill(QCoreApplication.translate("MappingDialog", "its HXL hashtag %1"), isolate(why[4:]))
    elif why.startswith("the header says "):
        text = fill(QCoreApplication.translate("MappingDialog", "its header says %1"), why[len("the header says "):])
    elif why.startswith("the header «"):
        text = QCoreApplication.translate("MappingDialog", "its header")
    else:
        text = why
    return fill(QCoreApplication.translate("MappingDialog", "%1 (a point inside the lowest–highest range: not read, the range is kept)"),
                text) if kept else text


class ColumnsModel(ListTableModel):
    """One row per column of the sheet: its header, HXL hashtag, what it is read as (editable), why."""

    CONTEXT = "MappingDialog"
    COL_HEADER, COL_HXL, COL_TARGET, COL_WHY = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("MappingDialog", "Column"), QT_TRANSLATE_NOOP("MappingDialog", "HXL"),
               QT_TRANSLATE_NOOP("MappingDialog", "Read as"), QT_TRANSLATE_NOOP("MappingDialog", "Why"))

    def set_mapping(self, sheet: SheetToMap, mapping: Mapping) -> None:
        tags = sheet.hxl or []
        self.set_rows([[h, tags[i] if i < len(tags) else "", mapping.columns.get(h, ""), mapping.why.get(h, "")]
                       for i, h in enumerate(sheet.header) if h])

    def mapping(self) -> dict[str, str]:
        return {r[0]: r[2] for r in self.rows if r[2]}

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.COL_TARGET else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TARGET:
                return target_text(row[2])
            if col == self.COL_WHY:
                return why_text(row[3]) if row[3] else None
            return row[col] or None
        if role == Qt.ItemDataRole.EditRole and col == self.COL_TARGET:
            return row[2]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        row[2] = str(value or "")
        row[3] = ""  # chosen by a person, not guessed
        self.dataChanged.emit(self.index(index.row(), self.COL_TARGET), self.index(index.row(), self.COL_WHY))
        return True


class TargetDelegate(QStyledItemDelegate):
    """A list of every target to read a column as."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(target_text(None), "")
        for target, _ in target_names():
            if target != "ignore":
                combo.addItem(target_text(target), target)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(ListTableModel):
    """The first rows as they would be stored."""

    CONTEXT = "MappingDialog"
    HEADERS = (QT_TRANSLATE_NOOP("MappingDialog", "Row"), QT_TRANSLATE_NOOP("MappingDialog", "Date"),
               QT_TRANSLATE_NOOP("MappingDialog", "Place in the gazetteer"), QT_TRANSLATE_NOOP("MappingDialog", "Type"),
               QT_TRANSLATE_NOOP("MappingDialog", "Source"), QT_TRANSLATE_NOOP("MappingDialog", "Figures"),
               QT_TRANSLATE_NOOP("MappingDialog", "Problem"))
    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: PreviewRow = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return number(row.row) if row.row else "—"
        if col == 1:
            return day(date.fromisoformat(row.date)) if row.date else None
        if col == 2:
            if row.place is not None:
                return place_text(row.place, self.lang)
            return fill(QCoreApplication.translate("MappingDialog", "not in the gazetteer (settled before the import): %1"),
                        isolate(row.written)) if row.written else None
        if col == 3:
            return enum_label(EventType(row.event_type)) if row.event_type else None
        if col == 4:
            return row.source or None
        if col == 5:
            return separator().join(fill(QCoreApplication.translate("MappingDialog", "%1 (%2): %3"), enum_label(c.category),
                                         enum_label(c.group), figure_range(c.min, c.max)) for c in row.claims) or None
        if row.problems:
            return separator().join(problem_text(p, self.lang) for p in row.problems)
        if not row.claims and row.row:
            return QCoreApplication.translate("MappingDialog", "no figure in this row: the import leaves it out")
        return None


class MappingDialog(QDialog):
    """Choose how the sheet's columns are read; `mapping()` is the result once accepted."""

    def __init__(self, context: AppContext, sheet: SheetToMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet = sheet
        self.setObjectName("mapping_dialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.saved = QComboBox(self)
        self.saved.setObjectName("saved_mappings")
        self.name = QLineEdit(self)
        self.name.setObjectName("mapping_name")
        self.name.setText(sheet.guess.name or "")
        self.source = QLineEdit(self)
        self.source.setObjectName("every_row_source")
        self.columns = ColumnsModel(self)
        self.columns.set_mapping(sheet, sheet.guess)
        self.columns_view = QTableView(self)
        self.columns_view.setModel(self.columns)
        self.columns_view.setItemDelegate(BidiDelegate(self.columns_view))
        self.columns_view.setItemDelegateForColumn(ColumnsModel.COL_TARGET, TargetDelegate(self.columns_view))
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.columns_view.verticalHeader().setVisible(False)
        header = self.columns_view.horizontalHeader()
        header.setSectionResizeMode(ColumnsModel.COL_WHY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ColumnsModel.COL_HEADER, 200)
        header.resizeSection(ColumnsModel.COL_HXL, 170)
        header.resizeSection(ColumnsModel.COL_TARGET, 230)
        self.preview_label = QLabel(self)
        self.preview = PreviewModel(self, context.lang)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.preview)
        self.preview_view.setItemDelegate(BidiDelegate(self.preview_view))
        self.preview_view.verticalHeader().setVisible(False)
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)  # the problems
        for col, width in ((0, 50), (1, 95), (2, 300), (3, 100), (4, 150), (5, 290)):
            header.resizeSection(col, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self._labels, (self.saved, self.name, self.source), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.columns_view, 3)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)  # one preview per burst of changes
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        self.columns.dataChanged.connect(lambda *_: self._timer.start())
        self.columns.modelReset.connect(self._timer.start)
        self.source.textChanged.connect(lambda _: self._timer.start())
        self.saved.activated.connect(self.on_saved_activated)
        self.retranslate()
        self.refresh_preview()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("How to read %1"), isolate(self.sheet.file)))
        self.intro.setText(self.tr(
            "This sheet is in no format casualtydb knows. Say what each column holds: the guesses come from the "
            "headers (Arabic or English) and the HXL hashtags; click «Read as» to change one. A mapping with a "
            "name is kept after the import, for the next file of the same shape."))
        texts = (self.tr("&Saved mapping"), self.tr("&Keep it as"), self.tr("Source of &every row"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        current = self.saved.currentData()
        self.saved.clear()
        self.saved.addItem(self.tr("(guessed from the headers)"), "")
        for name in self.sheet.saved:
            self.saved.addItem(name, name)
        self.saved.setCurrentIndex(max(0, self.saved.findData(current or "")))
        self.name.setPlaceholderText(self.tr("A name, to reuse it (optional)"))
        self.source.setPlaceholderText(self.tr("When no column names the source (e.g. the team's own name)"))
        self.preview_label.setText(fill(self.tr("The first %1 rows as they would be stored:"),
                                        number(len(self.sheet.first))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Use this mapping"))

    def mapping(self) -> Mapping:
        values = {"source": self.source.text().strip()} if self.source.text().strip() else {}
        return Mapping(columns=self.columns.mapping(), values=values, name=self.name.text().strip() or None)

    def refresh_preview(self) -> None:
        sheet, mapping = self.sheet, self.mapping()
        self.context.run_op(self, lambda ctx: preview(sheet, mapping, ctx.session), self.preview.set_rows)

    def on_saved_activated(self, _: int) -> None:
        name = self.saved.currentData()
        if not name:
            self.columns.set_mapping(self.sheet, self.sheet.guess)
            return

        def shown(mapping: Mapping) -> None:
            self.columns.set_mapping(self.sheet, mapping)
            self.name.setText(mapping.name or name)
            self.source.setText(str(mapping.values.get("source", "")))
        self.context.run_op(self, lambda ctx: saved_mapping(ctx.session, name), shown)
