"""The Victims sheet of the exported workbook: one row per mention, with its person's id.

Written only when the database holds mentions, and never with `--redact` (every column is
personal data, so a redacted workbook has no Victims sheet at all: `Redactor` counts the
mentions withheld). Its headers are ones the importer reads (io/victim_import.py), so export →
import keeps every person and mention. The export's date and place filters apply to each
mention's own date and place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Mention
from ..victims.listing import iter_persons
from .sheets import DATE, INT, TEXT, Column, SheetSpec

C = Column
_P = {"personal": True}
# Hashtags: #victim+… for the individual's attributes (HXL's #affected is a count: libhxl's
# default schema requires a number in it).

VICTIMS = SheetSpec(
    "victims", "Victims", "الضحايا",
    "One row per mention of a person (what one report or list says about them); rows with the same person id "
    "are one individual, as decided by people. Personal data: never in a redacted workbook.",
    "سطر لكل ذكر لشخص (ما يقوله تقرير أو قائمة عنه)؛ الأسطر ذات معرّف الشخص نفسه هي فرد واحد كما قرر الموثقون. "
    "بيانات شخصية: لا تظهر في النسخ المنقحة.",
    (
        C("person_id", "person id", "معرف الشخص", "#victim+person+id", TEXT, 38, "The person (a UUID).", "الشخص.", **_P),
        C("record_id", "record id", "معرف السجل", "#victim+mention+id", TEXT, 38, "The mention (a UUID).", "الذكر.", **_P),
        C("mention_id", "mention id", "معرف القائمة", "#victim+mention+code", TEXT, 14,
          "The list's own id of the row.", "معرّف السطر في القائمة الأصلية.", personal=True),
        C("name", "name", "الاسم", "#victim+name", TEXT, 30, "The name as written.", "الاسم كما ورد.", personal=True),
        C("given", "given", "الاسم الأول", "#victim+name+given", TEXT, 14, "Given name.", "الاسم الأول.", personal=True),
        C("father", "father", "اسم الأب", "#victim+name+father", TEXT, 14, "Father's name.", "اسم الأب.", personal=True),
        C("grandfather", "grandfather", "اسم الجد", "#victim+name+grandfather", TEXT, 14, "Grandfather's name.",
          "اسم الجد.", personal=True),
        C("family", "family", "اسم العائلة", "#victim+name+family", TEXT, 16, "Family or tribe.", "العائلة أو العشيرة.",
          personal=True),
        C("laqab", "laqab", "اللقب", "#victim+name+laqab", TEXT, 12, "Nickname (laqab).", "اللقب.", personal=True),
        C("kunya", "kunya", "أبو/أم", "#victim+name+kunya", TEXT, 12, "Kunya (Abu/Umm …).", "الكنية (أبو/أم).",
          personal=True),
        C("sex", "sex", "الجنس", "#victim+sex", TEXT, 8, "male or female.", "ذكر أو أنثى.", personal=True),
        C("age", "age", "العمر", "#victim+age+num", INT, 6, "Age in years.", "العمر بالسنوات.", personal=True),
        C("age_group", "age group", "الفئة العمرية", "#victim+age+group", TEXT, 8, "child or adult.", "طفل أو بالغ.",
          personal=True),
        C("status", "status", "الصفة", "#victim+status", TEXT, 10, "civilian, combatant or unknown.",
          "مدني أو مقاتل أو غير معروف.", personal=True),
        C("fate", "fate", "المصير", "#victim+fate", TEXT, 9, "killed, injured, missing or detained.",
          "قتيل أو جريح أو مفقود أو معتقل.", personal=True),
        C("date", "date", "التاريخ", "#date+affected", DATE, 11, "Date of what happened.", "تاريخ ما حدث.", personal=True),
        C("place", "place", "المكان", "#loc+name", TEXT, 18, "Place as written.", "المكان كما ورد.", personal=True),
        C("place_pcode", "place P-code", "رمز المكان", "#loc+code", TEXT, 11, "The gazetteer place's P-code.",
          "رمز المكان في الدليل الجغرافي.", personal=True),
        C("cause", "cause", "السبب", "#victim+cause", TEXT, 14, "Cause.", "السبب.", personal=True),
        C("source", "source", "المصدر", "#meta+source", TEXT, 18, "Source or list.", "المصدر أو القائمة.", personal=True),
        C("incident", "incident", "الحادثة", "#event+id", TEXT, 38, "The incident (an id) or the list's label.",
          "الحادثة (معرّف) أو تسميتها في القائمة.", personal=True),
        C("url", "url", "الرابط", "#meta+url", TEXT, 20, "Web address.", "الرابط.", personal=True),
        C("occupation", "occupation", "المهنة", "#victim+occupation", TEXT, 14, "Occupation.", "المهنة.", personal=True),
        C("residence", "residence", "مكان الإقامة", "#victim+residence", TEXT, 14, "Place of residence.",
          "مكان الإقامة.", personal=True),
        C("notes", "notes", "ملاحظات", "#meta+notes", TEXT, 20, "Notes.", "ملاحظات.", personal=True),
    ),
)

WORDS_AR = {"male": "ذكر", "female": "أنثى", "child": "طفل", "adult": "بالغ", "civilian": "مدني",
            "combatant": "مقاتل", "unknown": "غير معروف", "killed": "قتيل", "injured": "جريح", "missing": "مفقود",
            "detained": "معتقل"}


def write_victims(write: Callable[[dict[str, Any]], None], session: Session, *, lang: str,
                  date_from: date | None = None, date_to: date | None = None,
                  place_path: str | None = None) -> int:
    """Rows of the Victims sheet through `write(values)`; returns how many."""
    n = 0
    for person in iter_persons(session):
        for m in person.mentions:
            v = m.values
            day = v.get("fate_date")
            if (date_from or date_to) and (day is None or (date_from and day < date_from) or (date_to and day > date_to)):
                continue
            if place_path is not None and not (v.get("place_path") or "").startswith(place_path):
                continue
            def word(x: Any) -> Any:
                if x is None:
                    return None
                value = getattr(x, "value", x)
                return WORDS_AR.get(value, value) if lang == "ar" else value

            write({
                "person_id": str(person.id), "record_id": str(m.id), "mention_id": m.external_id,
                **{k: v.get(k) for k in ("name", "given", "father", "grandfather", "family", "laqab", "kunya", "age",
                                         "cause", "url", "occupation", "residence", "notes")},
                "sex": word(v.get("sex")), "age_group": word(v.get("age_group")), "status": word(v.get("status")),
                "fate": word(v.get("fate")), "date": day, "place": v.get("place_text"),
                "place_pcode": v.get("place_pcode"), "source": v.get("source"),
                "incident": str(v["incident_id"]) if v.get("incident_id") else v.get("incident_label"),
            })
            n += 1
    return n


def export_victims(make_sheet: Callable[[SheetSpec], Any], session: Session, redactor: Any, options: Any,
                   place_filter: Any) -> int:
    """The Victims sheet of a workbook being exported (xlsx_export), when there are mentions;
    a redacted export only counts them as withheld."""
    mentions = session.scalar(select(func.count()).select_from(Mention)) or 0
    if not mentions:
        return 0
    if redactor.enabled:
        redactor.withheld["victim mentions"] += mentions
        return 0
    sheet = make_sheet(VICTIMS)
    n = write_victims(sheet.write, session, lang=options.lang, date_from=options.date_from, date_to=options.date_to,
                      place_path=place_filter.path if place_filter is not None else None)
    sheet.finish()
    return n
