"""The About sheet's text: what the workbook is, the rules behind its figures, and the codebook
generated from the column definitions in `sheets` and the vocabularies in `vocab`.

Every text is given in English and Arabic; the codebook tables always carry both languages."""

from __future__ import annotations

from collections.abc import Iterator

from . import vocab
from .sheets import DATA_SHEETS, SUMMARY_TABLES, SheetSpec

from ..crossref.derive import AUDITOR_RULE, RULE_NAME


def t(lang: str, en: str, ar: str) -> str:
    return ar if lang == "ar" else en


TITLE = ("casualtydb export: casualty figures with their sources",
         "تصدير casualtydb: أرقام الضحايا مع مصادرها")

WHAT = (
    "Incidents of violence and what each source reported about them. Every figure is a claim made by one "
    "report of one source; the Incidents and Figures sheets give the low, best and high accepted or derived "
    "from those claims. Nothing here is a count of individual victims.",
    "حوادث العنف وما أفاد به كل مصدر عنها. كل رقم هو ادعاء ورد في تقرير واحد من مصدر واحد؛ وتعرض ورقتا الحوادث "
    "والأرقام الرقم الأدنى والأرجح والأعلى المعتمد أو المستخلص من هذه الادعاءات. لا يمثل شيء هنا تعداداً لضحايا بأسمائهم.",
)

LAYOUT = (
    "Every data sheet has the column names in row 1 and HXL hashtags (Humanitarian Exchange Language 1.1, "
    "hxlstandard.org) in row 2; data starts in row 3. The filter buttons sit on the hashtag row so that sorting "
    "never moves the two header rows. Dates are real dates, numbers are numbers; an empty cell means unknown "
    "(for a maximum or a high: no upper bound).",
    "في كل ورقة بيانات أسماء الأعمدة في السطر 1 ووسوم HXL (لغة التبادل الإنساني 1.1، hxlstandard.org) في السطر 2؛ "
    "وتبدأ البيانات في السطر 3. أزرار التصفية على سطر الوسوم كي لا ينقل الفرز سطري العناوين. التواريخ تواريخ حقيقية "
    "والأرقام أرقام؛ الخلية الفارغة تعني غير معروف (وفي الحد الأعلى أو الرقم الأعلى: لا حد أعلى).",
)


def rules(lang: str) -> list[tuple[str, str]]:
    """(title, text) of the rules that produce the exported figures."""
    return [
        (t(lang, "Low, best and high", "الأدنى والأرجح والأعلى"), t(
            lang,
            f"For each incident, category and victim group, an auditor's assessment (basis 'assessment', rule "
            f"'{AUDITOR_RULE}') replaces everything else while it is not withdrawn. Otherwise the figures come from "
            f"rule '{RULE_NAME}', applied to the latest figure of each report (a report's revisions replace its "
            "earlier figures): a claim is credible unless its source is rated E (unreliable) or the claim is rated "
            "5 (improbable); if no claim is credible, all are used. Low = the lowest minimum among credible claims. "
            "High = the highest figure among credible claims (a stated maximum, or the N of \"at least N\"); empty "
            "only when every credible claim is open-ended. Best = the minimum of the top-ranked credible claim, "
            "ranked by source reliability (A, B, C, D, F, E), then credibility (1, 2, 3, 4, 6, 5), then the most "
            "recent statement. So low ≤ best ≤ high always holds.",
            f"لكل حادثة وفئة وفئة ضحايا، يحل تقييم المدقق (الأساس «تقييم»، القاعدة «{AUDITOR_RULE}») محل كل ما عداه ما لم "
            f"يُسحب. وإلا تأتي الأرقام من القاعدة «{RULE_NAME}» المطبقة على آخر رقم في كل تقرير (تحل تحديثات التقرير محل "
            "أرقامه السابقة): يُعد الادعاء موثوقاً ما لم يكن مصدره مصنفاً E (غير موثوق) أو الادعاء مصنفاً 5 (غير مرجح)؛ "
            "وإن لم يوجد ادعاء موثوق تُستعمل كل الادعاءات. الأدنى = أصغر حد أدنى بين الادعاءات الموثوقة. الأعلى = أكبر رقم "
            "بين الادعاءات الموثوقة (حد أعلى مذكور، أو N في «على الأقل N»)؛ ويكون فارغاً فقط إذا كانت كل الادعاءات الموثوقة "
            "مفتوحة. الأرجح = الحد الأدنى لأعلى ادعاء موثوق رتبةً، بحسب موثوقية المصدر (A، B، C، D، F، E)، ثم المصداقية "
            "(1، 2، 3، 4، 6، 5)، ثم الأحدث ذكراً. لذا يبقى الأدنى ≤ الأرجح ≤ الأعلى دائماً.")),
        (t(lang, "Incident totals", "مجاميع الحادثة"), t(
            lang,
            "The Incidents sheet gives one low, best and high per category for all victims: the civilians figure "
            "(or, when there is none, the sum of the children, women and men figures, which are breakdowns of "
            "civilians) plus combatants plus victims of unknown status. Each group's figures are on the Figures sheet.",
            "تعرض ورقة الحوادث رقماً أدنى وأرجح وأعلى لكل فئة ولكل الضحايا: رقم المدنيين (أو، إن لم يوجد، مجموع أرقام "
            "الأطفال والنساء والرجال لأنها تفصيل للمدنيين) مضافاً إليه المقاتلون والضحايا غير المحددين. أرقام كل فئة ضحايا "
            "في ورقة الأرقام.")),
        (t(lang, "Summary totals", "مجاميع الملخص"), t(
            lang,
            "Summary rows add up the incidents' totals. A high is left empty when at least one of the incidents "
            "added has no upper bound. By actor, an incident with two parties held responsible counts for both.",
            "تجمع أسطر الملخص مجاميع الحوادث. يُترك الرقم الأعلى فارغاً إذا كانت لإحدى الحوادث المجموعة لا حد أعلى لها. "
            "وفي التوزيع حسب الطرف تُحتسب الحادثة المنسوبة لطرفين لكليهما.")),
        (t(lang, "Figures status", "حالة الأرقام"), t(
            lang,
            "Set by the cross-referencing scan for each incident, category and victim group; the Incidents sheet "
            "shows the least settled one. The Conflicts sheet lists every claim of each group still 'conflicting'.",
            "يحددها فحص المقارنة لكل حادثة وفئة وفئة ضحايا؛ وتعرض ورقة الحوادث الحالة الأقل حسماً. وتسرد ورقة التعارضات "
            "كل ادعاءات كل مجموعة ما زالت «متعارضة».")),
        (t(lang, "Independent sources", "المصادر المستقلة"), t(
            lang,
            "Sources that report a figure themselves. A report that relays another report (or another source) "
            "does not add an independent source.",
            "المصادر التي تذكر رقماً بنفسها. التقرير الذي ينقل تقريراً آخر (أو مصدراً آخر) لا يضيف مصدراً مستقلاً.")),
        (t(lang, "Precision codes for merging", "رموز الدقة للدمج"), t(
            lang,
            f"date_prec and where_prec follow the {vocab.UCDP_CITATION} time_precision and geo_precision follow "
            f"the {vocab.ACLED_CITATION} The mapping from casualtydb's own precision values is in the tables below.",
            f"يتبع date_prec وwhere_prec {vocab.UCDP_CITATION_AR} ويتبع time_precision وgeo_precision "
            f"{vocab.ACLED_CITATION_AR} وتحويل قيم الدقة في casualtydb إليها في الجداول أدناه.")),
    ]


WITHHELD_AR = {"victim names": "أسماء الضحايا", "witnesses": "الشهود", "contact": "جهة الاتصال",
               "incident notes": "ملاحظات الحوادث", "report notes": "ملاحظات التقارير", "source notes": "ملاحظات المصادر"}


def redaction_text(lang: str, redact: bool, withheld: dict[str, int]) -> str:
    if not redact:
        return t(lang,
                 "Not redacted: this file contains personal data (names of victims and witnesses, contact details "
                 "of sources) and notes marked sensitive. Share it only with people entitled to see them; use "
                 "--redact for a shareable copy.",
                 "غير منقح: يحتوي هذا الملف على بيانات شخصية (أسماء الضحايا والشهود، وبيانات التواصل مع المصادر) وملاحظات "
                 "مصنفة حساسة. لا تشاركه إلا مع من يحق لهم الاطلاع عليها؛ استعمل ‎--redact لنسخة قابلة للمشاركة.")
    counts = ", ".join(f"{t(lang, k, WITHHELD_AR.get(k, k))}: {v:,}" for k, v in withheld.items()) or "0"
    return t(lang,
             "Redacted: what could endanger people was left out: the columns 'victim names' and 'witnesses' "
             "(Claims) and 'contact' (Sources) are not in this file, and notes marked sensitive are replaced by "
             f"a marker. Values withheld: {counts}.",
             "منقح: حُذف ما قد يعرض الناس للخطر: عمودا «أسماء الضحايا» و«الشهود» (ورقة الادعاءات) وعمود «جهة الاتصال» "
             "(ورقة المصادر) غير موجودة في هذا الملف، واستُبدلت الملاحظات الحساسة بإشارة. القيم المحجوبة: "
             f"{counts}.")


def codebook_rows(redact: bool, extra: tuple[SheetSpec, ...] = ()) -> Iterator[tuple[str, ...]]:
    """(sheet, column Arabic, column English, HXL, definition English, definition Arabic,
    values English, values Arabic); `extra`: sheets only some workbooks have (Changes)."""
    specs: tuple[SheetSpec, ...] = (*DATA_SHEETS, *SUMMARY_TABLES, *extra)
    for spec in specs:
        for col in spec.visible_columns(redact):
            values_en = values_ar = ""
            if col.vocab is not None:
                values_en = " | ".join(term.en for term in col.vocab.terms)
                values_ar = " | ".join(term.ar for term in col.vocab.terms)
            yield (f"{spec.en} / {spec.ar}", col.ar, col.en, col.hxl, col.doc_en, col.doc_ar, values_en, values_ar)


def vocabulary_rows() -> Iterator[tuple[str, str, str, str, str, str]]:
    """(vocabulary, stored value, English, Arabic, definition English, definition Arabic)."""
    for v in vocab.ALL:
        for term in v.terms:
            yield (f"{v.en} / {v.ar}", str(term.value), term.en, term.ar, term.doc_en, term.doc_ar)
    mappings = (
        ("date_prec (UCDP GED)", vocab.UCDP_DATE_PREC_TERMS, vocab.UCDP_DATE_PREC, vocab.DATE_PRECISION),
        ("time_precision (ACLED)", vocab.ACLED_TIME_PRECISION_TERMS, vocab.ACLED_TIME_PRECISION, vocab.DATE_PRECISION),
        ("where_prec (UCDP GED)", vocab.UCDP_WHERE_PREC_TERMS, vocab.UCDP_WHERE_PREC, vocab.LOCATION_PRECISION),
        ("geo_precision (ACLED)", vocab.ACLED_GEO_PRECISION_TERMS, vocab.ACLED_GEO_PRECISION, vocab.LOCATION_PRECISION),
    )
    for name, terms, mapping, ours in mappings:
        for term in terms:
            from_en = ", ".join(ours.label(k, "en") or "" for k, code in mapping.items() if code == term.value)
            from_ar = "، ".join(ours.label(k, "ar") or "" for k, code in mapping.items() if code == term.value)
            yield (name, str(term.value), f"from: {from_en}" if from_en else "", f"من: {from_ar}" if from_ar else "",
                   term.doc_en, term.doc_ar)
