"""Only what changed: `export OUT.xlsx --since-last RECIPIENT`.

Every row a recipient has been sent is remembered (`RecipientRow`: its values as written, only the
columns that recipient's workbooks show, and their digest), and every export to them is a
`RecipientExport` (when, language, filters, redaction, counts, the audit chain head at the time),
written through the one write path and so in the audit log. A new export computes every row as a
full export would (`xlsx_export`, same code), writes to the data sheets only the rows whose digest
differs from what the recipient holds, and lists in a "Changes" sheet (a header row and an HXL row,
then one row per change) each row added, each changed column with its old and new value, and each
row withdrawn (deleted, merged into another incident, or no longer inside the filters).
`apply_changes` is how a recipient's copy is brought up to date from it.

The workbook is renamed into place just before the transaction commits: when the commit then
fails, the recipient holds a file whose changes the next export sends again (applying a change
twice gives the same copy).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from ..audit import jsonable
from ..chain import head as chain_head
from ..errors import ValidationError
from ..models import RecipientExport, RecipientRow
from . import codebook
from .export_options import ExportOptions
from .sheets import DATA_SHEETS, DATE, DATETIME, TEXT, Column, SheetSpec
from .victims_sheet import VICTIMS

# The columns that identify a row of each data sheet (what a change names in "key", joined by "|").
SHEET_KEYS: dict[str, tuple[str, ...]] = {
    "incidents": ("incident_id",), "figures": ("incident_id", "category", "victim_group"),
    "claims": ("claim_id",), "sources": ("source_id",), "conflicts": ("claim_id",), "victims": ("record_id",),
}
BATCH = 500  # changed rows between two rounds of reads and writes of the recipient's rows
ADDED, CHANGED, WITHDRAWN = "added", "changed", "withdrawn"
ACTIONS_AR = {ADDED: "أضيف", CHANGED: "تغيّر", WITHDRAWN: "سُحب"}

C = Column
CHANGES = SheetSpec(
    "changes", "Changes", "التغييرات",
    "What changed since the last workbook sent to this recipient: one row per row added or withdrawn, and one "
    "per column changed, with its old and new value.",
    "ما تغيّر منذ آخر ملف أُرسل إلى هذه الجهة: سطر لكل سطر أضيف أو سُحب، وسطر لكل عمود تغيّر مع قيمته القديمة والجديدة.",
    (
        C("change", "change", "التغيير", "#meta+change", TEXT, 11,
          "added (the row is in its sheet of this workbook), changed (one column; the row is in its sheet too) or "
          "withdrawn (delete the row from your copy).",
          "أضيف (السطر في ورقته في هذا الملف)، أو تغيّر (عمود واحد؛ والسطر في ورقته أيضاً)، أو سُحب (احذف السطر من نسختك)."),
        C("sheet", "sheet", "الورقة", "#meta+sheet", TEXT, 14, "The sheet of the row.", "ورقة السطر."),
        C("key", "key", "المفتاح", "#meta+id", TEXT, 40,
          "The row's id (Figures: incident id|category|victim group).",
          "معرّف السطر (الأرقام: معرّف الحادثة|الفئة|فئة الضحايا)."),
        C("column", "column", "العمود", "#meta+column", TEXT, 18, "The column that changed.", "العمود الذي تغيّر."),
        C("old", "old value", "القيمة القديمة", "#meta+value+old", TEXT, 30, "The value you hold.",
          "القيمة التي لديك."),
        C("new", "new value", "القيمة الجديدة", "#meta+value+new", TEXT, 30, "The value now.", "القيمة الآن."),
    ),
)


def _digest(values: dict[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _typed(value: Any, kind: str) -> Any:
    """A stored (JSON) value back as the cell kind writes it."""
    if isinstance(value, str) and kind == DATE:
        return date.fromisoformat(value)
    if isinstance(value, str) and kind == DATETIME:
        return datetime.fromisoformat(value)
    return value


def row_key(sheet: str, values: dict[str, Any]) -> str:
    return "|".join("" if values.get(k) is None else str(values[k]) for k in SHEET_KEYS[sheet])


@dataclass
class Previous:
    """The last export to a recipient, as `options_for` and the page show it."""

    exported_at: datetime
    lang: str
    date_from: date | None
    date_to: date | None
    place: str | None
    redact: bool
    file_name: str
    rows: int


def last_export(session: Session, recipient: str) -> RecipientExport | None:
    return session.scalars(select(RecipientExport).where(RecipientExport.recipient == recipient)
                           .order_by(RecipientExport.exported_at.desc()).limit(1)).first()


def recipients(session: Session) -> list[str]:
    """Everyone something was exported to, by name."""
    return sorted(session.scalars(select(RecipientExport.recipient).distinct()))


def check_recipient(recipient: str) -> str:
    name = " ".join(recipient.split())
    if not name:
        raise ValidationError("name the recipient (the organisation the workbook is for)", field="recipient")
    if len(name) > 200:
        raise ValidationError(f"the recipient's name is longer than 200 characters: {name[:40]}…", field="recipient")
    return name


def options_for(session: Session, recipient: str, **given: Any) -> ExportOptions:
    """The export options for the next export to `recipient`: the ones given (not None), the rest
    as the last export to them had them (language, filters, redaction), else the defaults. A
    different language is refused: every row would change."""
    last = last_export(session, check_recipient(recipient))
    remembered: dict[str, Any] = {}
    if last is not None:
        remembered = {"lang": last.lang, "date_from": last.date_from, "date_to": last.date_to, "place": last.place,
                      "redact": last.redact}
        if given.get("lang") not in (None, last.lang):
            raise ValidationError(
                f"the workbooks sent to {recipient} are in {last.lang!r}: a workbook in {given['lang']!r} would "
                f"change every row; export to another recipient name for a copy in that language", field="lang")
    chosen = {**remembered, **{k: v for k, v in given.items() if v is not None}}
    return ExportOptions(**chosen)


@dataclass
class DeltaCounts:
    added: int = 0
    changed: int = 0  # rows
    changed_columns: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    by_sheet: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def describe(self) -> str:
        return (f"{self.added:,} rows added, {self.changed:,} changed ({self.changed_columns:,} columns), "
                f"{self.withdrawn:,} withdrawn, {self.unchanged:,} unchanged")


class Delta:
    """The comparison of one export with what the recipient holds; `xlsx_export` calls `sheet`
    for each data sheet, `open_changes` when the workbook starts and `finish` before it is saved."""

    def __init__(self, session: Session, recipient: str, options: Any, file_name: str) -> None:
        self.s = session
        self.recipient = check_recipient(recipient)
        self.options = options
        self.lang = options.lang
        self.previous = last_export(session, self.recipient)
        self.sent: dict[str, dict[str, str]] = defaultdict(dict)
        for sheet, key, digest in session.execute(
                select(RecipientRow.sheet, RecipientRow.key, RecipientRow.digest)
                .where(RecipientRow.recipient == self.recipient)):
            self.sent[sheet][key] = digest
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.pending: list[tuple[Any, str, str, dict[str, Any], bool]] = []
        self.counts = DeltaCounts()
        seq, digest = chain_head(session.connection())
        self.export = RecipientExport(
            recipient=self.recipient, lang=options.lang, date_from=options.date_from, date_to=options.date_to,
            place=options.place, redact=options.redact, file_name=file_name, audit_seq=seq, audit_hash=digest,
            previous_id=self.previous.id if self.previous else None)
        session.add(self.export)
        session.flush()  # the rows below refer to it
        self.changes: Any = None

    # -- called by the exporter --------------------------------------------------------------

    def open_changes(self, make_sheet: Callable[[SheetSpec], Any]) -> None:
        self.changes = make_sheet(CHANGES)

    def sheet_class(self, base: type) -> type:
        delta = self

        class DeltaSheet(base):  # type: ignore[misc, valid-type]
            """A data sheet that writes a row only when the recipient does not hold it as it is."""

            def write(self, values: dict[str, Any]) -> None:
                row = {c.key: jsonable(values.get(c.key)) for c in self.columns}
                if delta.keep(self.spec, row):
                    super().write(values)

        return DeltaSheet

    def keep(self, spec: SheetSpec, row: dict[str, Any]) -> bool:
        key = row_key(spec.key, row)
        if key in self.seen[spec.key]:  # a key the sheet repeats: written, not tracked twice
            return True
        self.seen[spec.key].add(key)
        digest = _digest(row)
        old = self.sent[spec.key].get(key)
        if old == digest:
            self.counts.unchanged += 1
            return False
        self.pending.append((spec, key, digest, row, old is None))
        if len(self.pending) >= BATCH:
            self.flush()
        return True

    def finish(self) -> None:
        """The last changed rows, then the withdrawn ones; the export's counts."""
        self.flush()
        for sheet, sent in self.sent.items():
            gone = sorted(set(sent) - self.seen[sheet])
            spec_name = self._sheet_name(sheet)
            for start in range(0, len(gone), BATCH):
                keys = gone[start:start + BATCH]
                self.s.execute(delete(RecipientRow).where(RecipientRow.recipient == self.recipient,
                                                          RecipientRow.sheet == sheet, RecipientRow.key.in_(keys)))
                for key in keys:
                    self._change(WITHDRAWN, spec_name, key)
                self.counts.withdrawn += len(keys)
                self.counts.by_sheet[sheet][2] += len(keys)
        self.changes.finish()
        held = sum(len(self.seen[s]) for s in self.seen)
        e = self.export
        e.rows, e.added, e.changed, e.withdrawn = held, self.counts.added, self.counts.changed, self.counts.withdrawn

    # -- internals ---------------------------------------------------------------------------

    def _sheet_name(self, key: str) -> str:
        for spec in (*DATA_SHEETS, VICTIMS):
            if spec.key == key:
                return spec.name(self.lang)
        return key

    def _change(self, action: str, sheet: str, key: str, column: Column | None = None, old: Any = None,
                new: Any = None) -> None:
        cells = self.changes.cells
        if column is None:
            conv = cells.text
            col_name = None
        else:
            conv = cells.converter(column.kind)
            col_name = column.header(self.lang)
        self.changes.ws.append([cells.text(ACTIONS_AR[action] if self.lang == "ar" else action), cells.text(sheet),
                                cells.text(key), cells.text(col_name), conv(_typed(old, column.kind) if column else old),
                                conv(_typed(new, column.kind) if column else new)])
        self.changes.rows += 1

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        by_sheet: dict[str, list[str]] = defaultdict(list)
        for spec, key, _, _, added in pending:
            if not added:
                by_sheet[spec.key].append(key)
        old_values: dict[tuple[str, str], dict[str, Any]] = {}
        for sheet, keys in by_sheet.items():
            for key, values in self.s.execute(
                    select(RecipientRow.key, RecipientRow.values)
                    .where(RecipientRow.recipient == self.recipient, RecipientRow.sheet == sheet,
                           RecipientRow.key.in_(keys))):
                old_values[(sheet, key)] = values
            self.s.execute(delete(RecipientRow).where(RecipientRow.recipient == self.recipient,
                                                      RecipientRow.sheet == sheet, RecipientRow.key.in_(keys)))
        for spec, key, _, row, added in pending:
            name = spec.name(self.lang)
            if added:
                self._change(ADDED, name, key)
                self.counts.added += 1
                self.counts.by_sheet[spec.key][0] += 1
                continue
            old = old_values.get((spec.key, key), {})
            self.counts.changed += 1
            self.counts.by_sheet[spec.key][1] += 1
            for column in spec.visible_columns(self.options.redact):
                if old.get(column.key) != row.get(column.key):
                    self._change(CHANGED, name, key, column, old.get(column.key), row.get(column.key))
                    self.counts.changed_columns += 1
        self.s.execute(insert(RecipientRow), [
            {"recipient": self.recipient, "sheet": spec.key, "key": key, "digest": digest, "values": row,
             "export_id": self.export.id} for spec, key, digest, row, _ in pending])

    def about_lines(self) -> list[tuple[str, str]]:
        lang, t = self.lang, codebook.t
        since = (self.previous.exported_at.strftime("%Y-%m-%d %H:%M:%S") + " UTC (" + self.previous.file_name + ")"
                 if self.previous else t(lang, "nothing was sent before: every row is new",
                                         "لم يُرسل شيء من قبل: كل الأسطر جديدة"))
        c = self.counts
        return [
            (t(lang, "Sent to", "أُرسل إلى"), self.recipient),
            (t(lang, "Only what changed since", "ما تغيّر فقط منذ"), since),
            (t(lang, "Changes", "التغييرات"),
             t(lang, f"rows added: {c.added}, changed: {c.changed} ({c.changed_columns} columns), withdrawn: "
                     f"{c.withdrawn}. The data sheets hold the added and changed rows only; the Changes sheet "
                     f"lists each change (see apply_changes in casualtydb/io/since_last.py).",
               f"أسطر أضيفت: {c.added}، تغيّرت: {c.changed} ({c.changed_columns} عموداً)، سُحبت: {c.withdrawn}. "
               f"أوراق البيانات فيها الأسطر المضافة والمتغيرة فقط؛ وورقة التغييرات تسرد كل تغيير.")),
        ]


def apply_changes(copy: dict[str, dict[str, dict[str, Any]]], changes: Iterable[dict[str, Any]],
                  delta_rows: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Bring a recipient's copy up to date, as an NGO would from the workbook.

    `copy`: sheet name → row key → {column header: value}, the rows the recipient holds;
    `changes`: the Changes sheet's rows as {column key of CHANGES: value} (the action in either
    language); `delta_rows`: the new workbook's data sheets in the same shape as `copy`. An added
    row is taken from its sheet; a changed column is set from the Changes sheet after checking
    that the copy holds the old value (ValueError otherwise: the copy missed an earlier workbook);
    a withdrawn row is deleted. Returns the copy (changed in place)."""
    back = {v: k for k, v in ACTIONS_AR.items()}
    for change in changes:
        action = back.get(change["change"], change["change"])
        sheet, key = change["sheet"], change["key"]
        rows = copy.setdefault(sheet, {})
        if action == ADDED:
            rows[key] = dict(delta_rows[sheet][key])
        elif action == WITHDRAWN:
            rows.pop(key, None)
        elif action == CHANGED:
            row = rows.get(key)
            if row is None:
                raise ValueError(f"{sheet} {key}: not in the copy")
            column = change["column"]
            if row.get(column) != change["old"] and row.get(column) != change["new"]:
                raise ValueError(f"{sheet} {key} {column}: the copy holds {row.get(column)!r}, "
                                 f"the change expects {change['old']!r}")
            row[column] = change["new"]
        else:
            raise ValueError(f"unknown change {change['change']!r}")
    return copy
