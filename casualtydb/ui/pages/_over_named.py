"""The Conflicts page's strip of incidents with more people named than any report counts
(casualtydb.victims.figures.over_named): a conflict of its own, between the names and the
figures rather than between reports. Each links to the incident, whose People tab shows both."""

from __future__ import annotations

import uuid
from html import escape
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from ...crossref.duplicates import incident_labels
from ...queries.common import label
from ...victims.figures import NamedFigure, over_named
from .. import format as fmt
from ..labels import enum_label

SHOWN = 8  # incidents listed in the strip; the rest are counted


def read_over_named(session: Any, lang: str) -> tuple[list[NamedFigure], dict[uuid.UUID, tuple[date, str]]]:
    """The over-named incident × categories, and the date and place of the first SHOWN incidents."""
    rows = over_named(session)
    ids = list(dict.fromkeys(r.incident_id for r in rows))[:SHOWN]
    labels = {iid: (day, label(ar, en, lang)) for iid, (day, ar, en, _type)
              in incident_labels(session=session, incident_ids=ids).items()}
    return rows, labels


class OverNamedText(QObject):
    """The strip's text (a QObject: lupdate reads plural forms only from self.tr)."""

    def html(self, rows: list[NamedFigure], labels: dict[uuid.UUID, tuple[date, str]]) -> str:
        """«More people named than reported: 30/10/2017, al-Sousa — killed: 5 named, at most 4 reported; …»"""
        if not rows:
            return ""
        parts = []
        for r in rows:
            if r.incident_id not in labels:
                continue
            day, place = labels[r.incident_id]
            where = fmt.fill(self.tr("%1, %2"), fmt.day(day), escape(place))
            what = fmt.fill(self.tr("%1: %2 named, at most %3 reported"), enum_label(r.category),
                            fmt.number(r.named), fmt.number(r.highest))
            parts.append(f"<a href='incident:{r.incident_id}'>{where}</a> — {escape(what)}")
        more = len(rows) - len(parts)
        text = self.tr("; ").join(parts)
        if more > 0:
            text = fmt.fill(self.tr("%1; and %n more", "", more), text)
        head = self.tr("%n incident figure(s) with more people named than reported:", "", len(rows))
        return f"<b>{escape(head)}</b> {text}"
