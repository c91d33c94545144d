"""KoboToolbox and ODK form submissions, read with the form (XLSForm) that collected them.

A submissions export is recognised by the columns Kobo and ODK add (`_uuid`, `_submission_time`,
`meta/instanceID`, `KEY`…). The XLSForm is looked for in the export itself (a workbook with
`survey` and `choices` sheets), else next to it (an .xlsx/.xls in the same folder whose `survey`
sheet names the export's questions). The form gives each question its label (English or Arabic)
and each choice code its label, so:
- columns are mapped by their questions' labels and names, as a sheet's headers are
  (casualtydb.io.formats.suggest): "عدد القتلى" → killed, "Date of the incident" → date;
- select_one / select_multiple codes become their labels before they are read ("air_strike" →
  "Airstrike" → airstrike);
- a geopoint ("lat lon altitude accuracy") gives the latitude and longitude;
- each submission is one incident (its `_uuid` / instanceID), reported by the form (its
  `form_title`) unless a question names the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..readers import Table, read_xlsx, xlsx_sheet_names
from .base import Event, Problems, header_key
from .mapped import Mapped, Mapping
from .suggest import guess_header

# Columns Kobo and ODK add to every export (compared in lower case, '/' and '-' as written).
META_COLUMNS = {"_uuid", "_submission_time", "_id", "meta/instanceid", "meta-instanceid", "instanceid", "key",
                "submissiondate", "__version__", "_index", "_validation_status"}
ID_COLUMNS = ("_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key")
_GEO_PART = re.compile(r"^_?(?P<name>.+?)_(?P<part>latitude|longitude)$")


def is_submissions(header: list[str]) -> bool:
    keys = {str(h).strip().lower() for h in header}
    return len(keys & META_COLUMNS) >= 2


class XlsForm:
    def __init__(self, path: Path) -> None:
        self.path = path
        survey = read_xlsx(path, _sheet(path, "survey"))
        cols = {header_key(h): i for i, h in enumerate(survey.header)}
        label_cols = [i for h, i in cols.items() if h == "label" or h.startswith("label::") or h.startswith("label_")]
        self.questions: dict[str, dict[str, Any]] = {}
        for _, cells in survey.rows:
            name = _cell(cells, cols.get("name"))
            qtype = _cell(cells, cols.get("type"))
            if not name or not qtype:
                continue
            labels = [_cell(cells, i) for i in label_cols]
            self.questions[name] = {"type": qtype, "labels": [lab for lab in labels if lab]}
        self.by_label = {lab.strip().lower(): name for name, q in self.questions.items() for lab in q["labels"]}
        self.choices: dict[str, dict[str, str]] = {}
        names = xlsx_sheet_names(path)
        if "choices" in names:
            choices = read_xlsx(path, "choices")
            ccols = {header_key(h): i for i, h in enumerate(choices.header)}
            clabels = [i for h, i in ccols.items() if h == "label" or h.startswith("label::") or h.startswith("label_")]
            for _, cells in choices.rows:
                lst, name = _cell(cells, ccols.get("list_name")), _cell(cells, ccols.get("name"))
                labels = [lab for i in clabels if (lab := _cell(cells, i))]
                if lst and name:
                    self.choices.setdefault(lst, {})[name] = labels[0] if labels else name
        self.title = None
        if "settings" in names:
            settings = read_xlsx(path, "settings")
            scols = {header_key(h): i for i, h in enumerate(settings.header)}
            for _, cells in settings.rows:
                self.title = _cell(cells, scols.get("form_title")) or _cell(cells, scols.get("form_id"))
                break

    def name_of(self, header: str) -> str:
        """The question a submissions column holds: Kobo's "group/question", ODK's "group-question",
        or, in an export with labels for headers, "Group label/Question label"."""
        name = _question(header)
        if name in self.questions:
            return name
        if _hyphen_question(header) in self.questions:
            return _hyphen_question(header)
        return self.by_label.get(name.strip().lower(), name)

    def list_of(self, question: str) -> str | None:
        q = self.questions.get(question)
        parts = (q or {}).get("type", "").split()
        return parts[1] if len(parts) > 1 and parts[0] in ("select_one", "select_multiple") else None


def _sheet(path: Path, name: str) -> str:
    for n in xlsx_sheet_names(path):
        if n.strip().lower() == name:
            return n
    return name


def _cell(cells: list[Any], i: int | None) -> str | None:
    if i is None or i >= len(cells) or cells[i] in (None, ""):
        return None
    return str(cells[i]).strip() or None


def _question(header: str) -> str:
    """A submissions column's question name: Kobo writes group paths ("incident/date"), ODK
    Central joins them with hyphens ("incident-date")."""
    return re.split(r"[/:]", header)[-1].strip()


def _hyphen_question(header: str) -> str:
    return header.rsplit("-", 1)[-1].strip()


def find_form(path: Path, header: list[str]) -> XlsForm | None:
    questions = {_question(h) for h in header} | {_hyphen_question(h) for h in header}
    labels = {_question(h).strip().lower() for h in header}
    candidates = [path] if path.suffix.lower() != ".csv" else []
    candidates += sorted(p for p in path.parent.iterdir()
                         if p != path and p.suffix.lower() in (".xlsx", ".xls") and not p.name.startswith("~$"))
    for p in candidates:
        try:
            if "survey" not in {n.strip().lower() for n in xlsx_sheet_names(p)}:
                continue
            form = XlsForm(p)
        except Exception:  # noqa: BLE001 - a neighbouring file that is not a form is passed over
            continue
        known = len(questions & set(form.questions)) + len(labels & set(form.by_label))
        if known >= max(1, len(form.questions) // 3):
            return form
    return None


class Kobo(Mapped):
    def __init__(self, mapping: Mapping, form: XlsForm, id_column: str | None) -> None:
        super().__init__(mapping, name=f"Kobo/ODK submissions of the form «{form.title or form.path.stem}» "
                                       f"({form.path.name})", key="kobo:" + (form.title or form.path.stem))
        self.form = form
        self.id_column = id_column

    def events(self, table: Table, problems: Problems) -> Iterator[Event]:
        lists = {i: self.form.list_of(self.form.name_of(h)) for i, h in enumerate(table.header)}
        geo = {i for i, h in enumerate(table.header)
               if (self.form.questions.get(self.form.name_of(h)) or {}).get("type") == "geopoint"}

        def rows() -> Iterator[tuple[int, list[Any]]]:
            for n, cells in table.rows:
                out = list(cells)
                for i, lst in lists.items():
                    if lst and i < len(out) and out[i] not in (None, ""):
                        codes = str(out[i]).split()
                        labels = [self.form.choices.get(lst, {}).get(code, code) for code in codes]
                        out[i] = "; ".join(labels)
                for i in geo:
                    parts = str(out[i]).split() if i < len(out) and out[i] not in (None, "") else []
                    out += [parts[0] if len(parts) > 1 else None, parts[1] if len(parts) > 1 else None]
                yield n, out

        header = list(table.header)
        for i in sorted(geo):
            header += [f"{table.header[i]} (latitude)", f"{table.header[i]} (longitude)"]
        yield from super().events(replace(table, header=header, rows=rows()), problems)

    def uses(self, table: Table) -> list:  # type: ignore[override]
        header = list(table.header)
        for i, h in enumerate(table.header):
            if (self.form.questions.get(self.form.name_of(h)) or {}).get("type") == "geopoint":
                header += [f"{h} (latitude)", f"{h} (longitude)"]
        return super().uses(replace(table, header=header))


def kobo_format(table: Table, path: Path) -> Kobo | None:
    if not is_submissions(table.header):
        return None
    form = find_form(path, table.header)
    if form is None:
        return None
    columns: dict[str, str] = {}
    why: dict[str, str] = {}
    taken: set[str] = set()

    def take(header: str, target: str, reason: str) -> None:
        if target not in taken:
            taken.add(target)
            columns[header] = target
            why[header] = reason

    for h in table.header:
        name = form.name_of(h)
        q = form.questions.get(name)
        if q is None:
            continue
        if q["type"] == "geopoint":
            take(f"{h} (latitude)", "latitude", f"geopoint «{name}»")
            take(f"{h} (longitude)", "longitude", f"geopoint «{name}»")
            continue
        for text in [*q["labels"], name]:
            guess = guess_header(text)
            if guess is not None:
                take(h, guess[0], f"question «{name}»: {guess[1].replace('the header', 'its label')}")
                break
    id_column = next((h for h in table.header if h.strip().lower() in ID_COLUMNS), None)
    if "incident" not in taken and id_column is not None:
        take(id_column, "incident", "the submission's id: one submission, one incident")
    mapping = Mapping(columns=columns, why=why)
    if "source" not in taken:
        mapping.values["source"] = form.title or form.path.stem
    return Kobo(mapping, form, id_column)
