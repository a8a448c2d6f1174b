#!/usr/bin/env bash
# Re-read every UI string into the German catalogue and compile it:
#   bash packaging/update-translations.sh
# Text that only moved to another class keeps its translation (carry_translations.py);
# new text is left unfinished for a translator (pyside6-linguist), and listed here.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=".venv/bin"
TS="coach/i18n/rehab_coach_de.ts"
EXTRA="coach/speech/fallbacks.py"  # tests/test_qt_translations.py reads this line
before="$(mktemp)"
cp "$TS" "$before"
# coach/ui, and the few modules outside it whose words reach the screen ($EXTRA):
# shellcheck disable=SC2046,SC2086
"$BIN/pyside6-lupdate" $(find coach/ui -name '*.py' | sort) $EXTRA -no-obsolete -ts "$TS" >/dev/null
python3 packaging/carry_translations.py "$before" "$TS"
rm -f "$before"
"$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
