"""The translations: every string of the interface has Arabic, the committed .qm files are
built from the committed .ts files, placeholders survive, vocabularies are all covered."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w+\}")


def messages(ts: Path):
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            yield name, m


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if not found:
            pytest.fail(f"{name} is not installed (it comes with PySide6-Essentials, a dependency)")
        return found
    return str(path)


def test_every_string_has_an_arabic_translation():
    missing, bad_placeholders = [], []
    for ctx, m in messages(I18N / "casualtydb_ar.ts"):
        source = m.findtext("source")
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            missing.append(f"{ctx}: {source}")
            continue
        wanted = {p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(source)} - {"%n"}
        for form in forms:
            got = {p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(form)} - {"%n"}
            if got != wanted:
                bad_placeholders.append(f"{ctx}: {source!r} → {form!r}")
    assert not missing, "untranslated (run scripts/update_translations.sh and fill the Arabic):\n" + "\n".join(missing)
    assert not bad_placeholders, "placeholders differ:\n" + "\n".join(bad_placeholders)
    assert sum(1 for _ in messages(I18N / "casualtydb_ar.ts")) > 400


def test_arabic_counts_are_written_in_arabic_digits():
    """Qt writes %n with Western digits and %Ln in the locale's: an Arabic count must use %Ln
    (the verify dialog once said "8 تعديل")."""
    western = [f"{ctx}: {f.text}" for ctx, m in messages(I18N / "casualtydb_ar.ts")
               for f in m.find("translation").findall("numerusform") if "%n" in (f.text or "")]
    assert not western, "use %Ln in these Arabic plural forms:\n" + "\n".join(western)


def test_english_plural_forms_are_complete():
    for ctx, m in messages(I18N / "casualtydb_en.ts"):
        assert m.get("numerus") == "yes", f"{ctx}: only plural forms belong in the English file"
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms), f"{ctx}: {m.findtext('source')}"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_committed_qm_is_built_from_the_committed_ts(tmp_path, lang):
    out = tmp_path / f"casualtydb_{lang}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-removeidentical", str(I18N / f"casualtydb_{lang}.ts"),
                    "-qm", str(out)], check=True, capture_output=True)
    committed = I18N / f"casualtydb_{lang}.qm"
    assert committed.read_bytes() == out.read_bytes(), \
        f"{committed.name} is older than or differs from its .ts: run scripts/update_translations.sh"


def test_no_string_of_the_code_is_missing_from_the_ts(tmp_path):
    """lupdate over the code finds nothing new: every string made it into the .ts."""
    ts = tmp_path / "check_ar.ts"
    shutil.copy(I18N / "casualtydb_ar.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "casualtydb" / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", "ar", *sources, "-ts", str(ts)],
                   check=True, capture_output=True, cwd=ROOT)
    new = [f"{ctx}: {m.findtext('source')}" for ctx, m in messages(ts)
           if m.find("translation").get("type") == "unfinished"]
    assert not new, "strings not in resources/i18n/casualtydb_ar.ts (run scripts/update_translations.sh):\n" + \
        "\n".join(new)


def test_vocabularies_and_messages_all_have_labels():
    from casualtydb.models import enums, person
    from casualtydb.services.editing import MESSAGES
    from casualtydb.ui import labels

    for enum in (enums.Category, enums.VictimGroup, enums.EventType, enums.ConflictStatus, enums.Grade,
                 enums.Reliability, enums.SourceKind, enums.PlaceLevel, enums.LocationPrecision,
                 enums.DatePrecision, enums.ActorRole, enums.AuditAction, person.Sex, person.AgeGroup,
                 person.CivilianStatus, person.Fate):
        assert set(labels.ENUM_LABELS[enum]) == {m.value for m in enum}, enum.__name__
    assert set(labels.CREDIBILITY) == set(enums.CREDIBILITY_LABELS)
    assert {k: v for k, v in labels.MESSAGES.items()} == MESSAGES


def test_arabic_is_installed_right_to_left_with_arabic_digits(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, Qt

    from casualtydb.ui.i18n import install_language, resolve_language

    assert install_language(qapp, "ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().toString(1000) == "١٬٠٠٠"
    assert QCoreApplication.translate("Labels", "killed") == "قتلى"
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 3) == "٣ سجلات"
    install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 1) == "1 record"
    assert resolve_language("ar", "en") == "ar" and resolve_language(None, "en") == "en"
    assert resolve_language(None, "") in ("ar", "en")


def test_bundled_font_shapes_arabic(qapp):
    from PySide6.QtGui import QFont, QRawFont, QTextLayout

    from casualtydb.ui.fonts import ARABIC_FAMILY, apply_app_font, load_bundled_fonts

    assert ARABIC_FAMILY in load_bundled_fonts()
    font = apply_app_font(qapp)
    layout = QTextLayout("قتلى مدنيون", QFont(font))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and all(isinstance(r.rawFont(), QRawFont) for r in runs)
    assert {r.rawFont().familyName() for r in runs} == {ARABIC_FAMILY}
    assert (ROOT / "resources" / "fonts" / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE") >= 1
