#!/usr/bin/env bash
# Regenerate the translations of the desktop app from its code, then compile them:
#   1. pyside6-lupdate collects every self.tr()/QCoreApplication.translate()/QT_TRANSLATE_NOOP
#      string of casualtydb/ui into resources/i18n/casualtydb_{ar,en}.ts (existing translations
#      are kept, strings no longer in the code are dropped);
#   2. pyside6-lrelease compiles each .ts into the .qm the app loads.
# Fill new Arabic strings (pyside6-linguist resources/i18n/casualtydb_ar.ts, or by hand) and run
# this again; commit the .ts and the .qm together (tests/ui/test_translations.py checks both).
# English needs only its plural forms (-pluralonly): other strings are shown as written.
# --committed: read only the files git tracks (leaves other people's work in progress out).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
BIN=${PYSIDE6_BIN:-.venv/bin}
I18N=resources/i18n
if [ "${1:-}" = "--committed" ]; then
    mapfile -t SOURCES < <(git ls-files 'casualtydb/ui/*.py' | LC_ALL=C sort)
else
    mapfile -t SOURCES < <(find casualtydb/ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
fi

"$BIN/pyside6-lupdate" -silent -locations none -no-obsolete -source-language en \
    -target-language ar "${SOURCES[@]}" -ts "$I18N/casualtydb_ar.ts"
"$BIN/pyside6-lupdate" -silent -locations none -no-obsolete -pluralonly -source-language en \
    -target-language en "${SOURCES[@]}" -ts "$I18N/casualtydb_en.ts"
for lang in ar en; do
    "$BIN/pyside6-lrelease" -silent -removeidentical "$I18N/casualtydb_$lang.ts" -qm "$I18N/casualtydb_$lang.qm"
done
unfinished=$(grep -c 'type="unfinished"' "$I18N/casualtydb_ar.ts" "$I18N/casualtydb_en.ts" || true)
echo "$unfinished" | sed 's/^/untranslated: /'
