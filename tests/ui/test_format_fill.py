"""The placeholder helper of the interface: values go in once, whatever they contain."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from casualtydb.ui import format as fmt


def test_fill_does_not_substitute_inside_inserted_values(qapp):
    # A source really named "%2 Network" must come out as typed, not with the second value in it.
    assert fmt.fill("%1 reported %2", "%2 Network", "7") == "%2 Network reported 7"
    assert fmt.fill("%2 ← %1", "a", "b") == "b ← a"
    assert fmt.fill("%1 and %3", "x") == "x and %3"


def test_join_uses_the_interface_language(qapp):
    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        english = fmt.join(["a", "b", "c"])
        assert english.startswith("a, b") and english.endswith("and c")
        QLocale.setDefault(QLocale(QLocale.Language.Arabic))
        arabic = fmt.join(["أ", "ب", "ج"])
        assert "," not in arabic and arabic.count("و") == 2
    finally:
        QLocale.setDefault(old)


def test_separator_is_the_comma_of_the_interface_language(qapp):
    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert fmt.separator() == ", "
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Syria))
        assert fmt.separator() == "، "
    finally:
        QLocale.setDefault(old)


def test_values_from_the_database_are_shown_in_the_interface_digits(qtbot):
    """A figure box, the draft's time and a chart's axis follow the interface language's digits
    (the Arabic interface once showed 700/1000 and 14:05:09 in Western digits)."""
    from datetime import datetime

    from casualtydb.ui.widgets.number_edit import NumberEdit

    old = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Syria))
        edit = NumberEdit()
        qtbot.addWidget(edit)
        edit.set_value(1000)
        assert edit.text() == "١٠٠٠" and edit.value() == 1000  # no grouping: as a person types it
        assert fmt.clock(datetime(2017, 10, 30, 14, 5, 9)) == "١٤:٠٥:٠٩"
        assert fmt.digits(700) == "٧٠٠"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        edit.set_value(1000)
        assert edit.text() == "1000" and edit.value() == 1000
        assert fmt.clock(datetime(2017, 10, 30, 14, 5, 9)) == "14:05:09"
    finally:
        QLocale.setDefault(old)
