"""The problems an import finds, in the interface language: the importer's message templates
(casualtydb.io.spreadsheet_import.MESSAGES) marked for translation, and `problem_text`."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..io.spreadsheet_import import Problem
from .format import isolate, number

# The importer's problem messages (casualtydb.io.spreadsheet_import.MESSAGES), marked for
# translation here; tests/ui/test_exchange_page.py keeps the two tables identical. A translation
# may use {choices_ar} where the English says {choices}.
PROBLEM_TEXTS = {
    "missing_column": QT_TRANSLATE_NOOP("ImportProblems", "missing column «{name}» (the header row must name it)"),
    "not_whole": QT_TRANSLATE_NOOP("ImportProblems", "not a whole number: «{value}»"),
    "negative": QT_TRANSLATE_NOOP("ImportProblems", "negative number: {value}"),
    "bad_date": QT_TRANSLATE_NOOP("ImportProblems",
                                  "not a date: «{value}» (write YYYY-MM-DD, or DD/MM/YYYY with the day first)"),
    "bad_datetime": QT_TRANSLATE_NOOP("ImportProblems", "not a date and time: «{value}» (write YYYY-MM-DD HH:MM, in UTC)"),
    "bad_bool": QT_TRANSLATE_NOOP("ImportProblems", "not yes/no: «{value}» (write TRUE or FALSE)"),
    "bad_id": QT_TRANSLATE_NOOP("ImportProblems", "not an id (UUID): «{value}»"),
    "bad_url": QT_TRANSLATE_NOOP("ImportProblems", "not a web address: «{value}» ({reason})"),
    "url_server": QT_TRANSLATE_NOOP("ImportProblems",
                                    "not a web address: «{value}» ({reason}; a server name looks like example.org)"),
    "too_large": QT_TRANSLATE_NOOP("ImportProblems",
                                   "too large a number: {value} (the largest a figure can be is {limit})"),
    "too_long": QT_TRANSLATE_NOOP("ImportProblems", "longer than {limit} characters"),
    "unknown_category": QT_TRANSLATE_NOOP("ImportProblems", "unknown category «{value}»; use one of: {choices}"),
    "unknown_victim_group": QT_TRANSLATE_NOOP("ImportProblems",
                                              "unknown victim group «{value}»; use one of: {choices}"),
    "unknown_event_type": QT_TRANSLATE_NOOP("ImportProblems",
                                            "unknown incident type «{value}»; use one of: {choices}"),
    "unknown_credibility": QT_TRANSLATE_NOOP("ImportProblems",
                                             "unknown credibility «{value}»; use one of: {choices}"),
    "unknown_reliability": QT_TRANSLATE_NOOP("ImportProblems",
                                             "unknown source reliability «{value}»; use one of: {choices}"),
    "unknown_source_kind": QT_TRANSLATE_NOOP("ImportProblems",
                                             "unknown source kind «{value}»; use one of: {choices}"),
    "unknown_date_precision": QT_TRANSLATE_NOOP("ImportProblems",
                                                "unknown date precision «{value}»; use one of: {choices}"),
    "unknown_location_precision": QT_TRANSLATE_NOOP(
        "ImportProblems", "unknown location precision «{value}»; use one of: {choices}"),
    "unknown_grade": QT_TRANSLATE_NOOP("ImportProblems", "unknown grade «{value}»; use one of: {choices}"),
    "unknown_place": QT_TRANSLATE_NOOP("ImportProblems",
                                       "no place «{value}» in the gazetteer (give a P-code or a gazetteer name)"),
    "ambiguous_place": QT_TRANSLATE_NOOP("ImportProblems", "«{value}» names {count} places: {names}; give the P-code"),
    "country_place": QT_TRANSLATE_NOOP("ImportProblems", "«{value}» is a whole country: give at least a governorate"),
    "unknown_actor": QT_TRANSLATE_NOOP(
        "ImportProblems", "unknown actor «{value}» (add it to the actors list first, or use a known name)"),
    "ambiguous_actor": QT_TRANSLATE_NOOP("ImportProblems", "«{value}» names {count} actors; use a more specific name"),
    "empty_incident": QT_TRANSLATE_NOOP(
        "ImportProblems", "empty: give an incident id or a label shared by the rows of one incident"),
    "empty_category": QT_TRANSLATE_NOOP("ImportProblems", "empty: give one of {choices}"),
    "empty_source": QT_TRANSLATE_NOOP("ImportProblems", "empty: name the source that published the report"),
    "empty_min": QT_TRANSLATE_NOOP("ImportProblems", "empty: give the figure (or the vague wording, e.g. \"dozens\")"),
    "max_without_min": QT_TRANSLATE_NOOP("ImportProblems", "a maximum needs a minimum"),
    "max_below_min": QT_TRANSLATE_NOOP("ImportProblems", "{max} is below the minimum {min}"),
    "incident_disagrees": QT_TRANSLATE_NOOP("ImportProblems",
                                            "incident «{incident}» has {first} in row {other_row} but {value} here"),
    "needs_incident_date": QT_TRANSLATE_NOOP(
        "ImportProblems", "empty: incident «{incident}» is not in the database, so it needs its date"),
    "needs_place": QT_TRANSLATE_NOOP(
        "ImportProblems", "empty: incident «{incident}» is not in the database, so it needs its place"),
    "ambiguous_source": QT_TRANSLATE_NOOP(
        "ImportProblems", "«{value}» matches {count} sources ({names}); use the source's exact name"),
    "unknown_source_id": QT_TRANSLATE_NOOP("ImportProblems", "unknown source id {value} and no source name"),
    "report_of_other_source": QT_TRANSLATE_NOOP("ImportProblems",
                                                "report {value} belongs to another source in the database"),
    "unknown_report": QT_TRANSLATE_NOOP("ImportProblems", "no report {value} in the file or the database"),
    "unknown_source": QT_TRANSLATE_NOOP("ImportProblems", "unknown source «{value}»"),
    "unknown_claim": QT_TRANSLATE_NOOP("ImportProblems", "no claim {value} in the file or the database"),
    "end_before_start": QT_TRANSLATE_NOOP("ImportProblems", "the end date {end} is before the start {start}"),
}


# What casualtydb.text.urls.clean_url says is wrong with a web address (its `str(BadUrl)`),
# pattern → template; a reason not listed stays in English.
URL_REASONS = (
    (r"it must start with http:// or https://$", QT_TRANSLATE_NOOP("ImportProblems", "it must start with http:// or https://")),
    (r"it starts with «(.*)»; only http:// and https:// addresses are kept$",
     QT_TRANSLATE_NOOP("ImportProblems", "it starts with «{0}»; only http:// and https:// addresses are kept")),
    (r"http: or https: must be followed by //$", QT_TRANSLATE_NOOP("ImportProblems", "http: or https: must be followed by //")),
    (r"the server part is malformed \((.*)\)$", QT_TRANSLATE_NOOP("ImportProblems", "the server part is malformed ({0})")),
    (r"it names no server after //$", QT_TRANSLATE_NOOP("ImportProblems", "it names no server after //")),
    (r"the server name contains a space or a character an address cannot hold$",
     QT_TRANSLATE_NOOP("ImportProblems", "the server name contains a space or a character an address cannot hold")),
    (r"«(.*)» is not a server name \(it has no dot\)$",
     QT_TRANSLATE_NOOP("ImportProblems", "«{0}» is not a server name (it has no dot)")),
)


def url_reason(reason: str) -> str:
    """A web address's problem in the interface language."""
    for pattern, template in URL_REASONS:
        m = re.match(pattern, reason)
        if m:
            return QCoreApplication.translate("ImportProblems", template).format(*(isolate(g) for g in m.groups()))
    return reason


def problem_text(problem: Problem, lang: str = "en") -> str:
    """The problem in the interface language (the importer's English when a code is unknown)."""
    template = PROBLEM_TEXTS.get(problem.code)
    if template is None:
        return problem.reason
    params = dict(problem.params)
    if lang == "ar" and "choices_ar" in params:
        params["choices"] = params["choices_ar"]
    if problem.code in ("bad_url", "url_server") and "reason" in params:
        params["reason"] = url_reason(str(params["reason"]))
    params = {k: isolate(str(v)) if isinstance(v, str) and k != "reason" else number(v) if isinstance(v, int) else v
              for k, v in params.items()}
    try:
        return QCoreApplication.translate("ImportProblems", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return problem.reason
