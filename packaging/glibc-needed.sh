#!/usr/bin/env bash
# Print the highest GLIBC_ symbol version that the bundle's binaries need
# (objdump -T over the executable and every bundled .so): the oldest glibc, and
# so the oldest distribution, the bundle can start on.
#   bash packaging/glibc-needed.sh [BUNDLE_DIR]          e.g. 2.34
#   bash packaging/glibc-needed.sh --by-file [BUNDLE_DIR] the version per binary, highest last
set -euo pipefail
cd "$(dirname "$0")/.."

BY_FILE=0
if [ "${1:-}" = "--by-file" ]; then
  BY_FILE=1
  shift
fi
BUNDLE="${1:-dist/rehab-coach}"
[ -d "$BUNDLE/_internal" ] || { echo "no bundle at $BUNDLE" >&2; exit 2; }

per_file() {
  while IFS= read -r -d '' binary; do
    version="$(objdump -T "$binary" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1 || true)"
    [ -z "$version" ] || echo "$version ${binary#"$BUNDLE"/}"
  done < <(find "$BUNDLE" -type f \( -name '*.so*' -o -path "$BUNDLE/rehab-coach" \) -print0)
}

if [ "$BY_FILE" -eq 1 ]; then
  per_file | sort -V
else
  highest="$(per_file | cut -d' ' -f1 | sort -V | tail -n 1)"
  [ -n "$highest" ] || { echo "no GLIBC_ symbol versions found (is binutils installed?)" >&2; exit 1; }
  echo "$highest"
fi
