"""Hand-made files in the shape of OCHA's populated places list (HDX), for the gazetteer import
tests (SQLite and PostgreSQL). The villages and codes C9001… are invented."""

from __future__ import annotations

OCHA_HEADER = ["admin0Name_en", "admin0Name_ar", "admin0Pcode", "admin1Name_en", "admin1Name_ar", "admin1Pcode",
               "admin2Name_en", "admin2Name_ar", "admin2Pcode", "admin3Name_en", "admin3Name_ar", "admin3Pcode",
               "admin4Name_en", "admin4Name_ar", "admin4Pcode", "admin4AltName1_en", "longitude", "latitude"]
OCHA_HXL = ["#country+name+i_en", "#country+name+i_ar", "#country+code", "#adm1+name+i_en", "#adm1+name+i_ar",
            "#adm1+code", "#adm2+name+i_en", "#adm2+name+i_ar", "#adm2+code", "#adm3+name+i_en", "#adm3+name+i_ar",
            "#adm3+code", "#loc+name+i_en", "#loc+name+i_ar", "#loc+code", "#loc+name+alt", "#geo+lon", "#geo+lat"]
SUSAT = ["Syria", "سوريا", "SY", "Deir-ez-Zor", "دير الزور", "SY09", "Abu Kamal", "البوكمال", "SY0902",
         "Susat", "سوسة", "SY090203"]
HAJIN = [*SUSAT[:9], "Hajin", "هجين", "SY090201"]
# A sub-district the shipped gazetteer lacks (invented code), added from the row itself.
NEW_NAHIYA = [*SUSAT[:9], "Wadi al-Test", "وادي التجربة", "SY090299"]


def ocha_rows() -> list[list[str]]:
    return [
        [*SUSAT, "Al Baghuz Fawqani", "الباغوز فوقاني", "C9001", "Baghouz", "40.9390", "34.4630"],
        [*SUSAT, "As-Susah", "السوسة", "C9002", "", "40.9800", "34.5400"],  # the shipped village, without a code
        [*HAJIN, "Ash Shafa", "الشعفة", "C9003", "Al Shafa", "40.9700", "34.7700"],
        [*NEW_NAHIYA, "Tall al-Test", "تل التجربة", "C9004", "", "40.8000", "34.6000"],
    ]
