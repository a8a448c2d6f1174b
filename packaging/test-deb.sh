#!/usr/bin/env bash
# Install the .deb with apt-get, run it headless, and remove it again; needs root
# (or sudo) and changes the system, so it is meant for CI and throw-away machines.
#   bash packaging/test-deb.sh [DEB]        (default: dist/rehab-coach_<version>_<arch>.deb)
# Checks, each printed as ok/FAIL; exits 1 if any failed:
#   - apt-get install -y ./<deb> succeeds (the dependencies are already installed
#     when the README's apt-get line ran, so no download is needed)
#   - rehab-coach on PATH is /usr/bin/rehab-coach; --version prints the version
#   - rehab-coach --data-dir DIR doctor exits 0 (offscreen)
#   - apt-get remove -y leaves the package not installed and none of its files
#     or directories behind (nothing written into /usr/lib/rehab-coach at run time)
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coach/__init__.py)"
DEB="${1:-dist/rehab-coach_${VERSION}_$(dpkg --print-architecture).deb}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
[ -f "$DEB" ] || { echo "no package at $DEB: run bash packaging/build-deb.sh first" >&2; exit 2; }
if dpkg-query -W -f='${Status}' rehab-coach 2>/dev/null | grep -q ' installed$'; then
  echo "rehab-coach is already installed here; remove it first (apt-get remove rehab-coach)" >&2
  exit 2
fi

WORK="$(mktemp -d)"
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
# apt's download user (_apt) must be able to read the file, or apt prints a notice.
cp "$DEB" "$WORK/"
chmod 644 "$WORK/$(basename "$DEB")"

FAILED=0
ok() { echo "ok    $*"; }
fail() {
  echo "FAIL  $*"
  FAILED=$((FAILED + 1))
}
show() { sed 's/^/      | /' "$1" | head -n "${2:-15}" || true; }

echo "== $DEB: $(dpkg-deb -f "$DEB" Package) $(dpkg-deb -f "$DEB" Version)"
dpkg-deb --fsys-tarfile "$DEB" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^/\?$' >"$WORK/paths"
SECONDS=0
if (cd "$WORK" && $SUDO apt-get install -y -q "./$(basename "$DEB")") >"$WORK/apt.out" 2>&1; then
  ok "apt-get install -y ./$(basename "$DEB") (${SECONDS} s)"
else
  fail "apt-get install"
  show "$WORK/apt.out" 30
  exit 1
fi

if [ "$(command -v rehab-coach)" = /usr/bin/rehab-coach ]; then ok "rehab-coach is /usr/bin/rehab-coach"; else
  fail "rehab-coach on PATH is '$(command -v rehab-coach || true)', not /usr/bin/rehab-coach"
fi
if out="$(rehab-coach --version 2>"$WORK/err")" && [ "$out" = "rehab-coach $VERSION" ]; then
  ok "--version: $out"
else
  fail "--version: '$out'"
  show "$WORK/err"
fi
mkdir -p "$WORK/data"
if rehab-coach --data-dir "$WORK/data" doctor >"$WORK/out" 2>"$WORK/err"; then
  ok "doctor exit 0: $(grep '^Result' "$WORK/out" || true)"
else
  fail "doctor"
  show "$WORK/out"
  show "$WORK/err"
fi
for path in /usr/share/applications/io.github.rehab_coach.RehabCoach.desktop \
  /usr/share/metainfo/io.github.rehab_coach.RehabCoach.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/io.github.rehab_coach.RehabCoach.svg; do
  if [ -f "$path" ]; then ok "installed $path"; else fail "missing $path"; fi
done

SECONDS=0
if $SUDO apt-get remove -y -q rehab-coach >"$WORK/apt.out" 2>&1; then
  ok "apt-get remove -y rehab-coach (${SECONDS} s)"
else
  fail "apt-get remove"
  show "$WORK/apt.out" 30
fi
status="$(dpkg-query -W -f='${Status}' rehab-coach 2>/dev/null || true)"
if [ -z "$status" ] || [[ "$status" == *not-installed ]]; then ok "not installed any more"; else
  fail "after remove the package status is '$status'"
fi
# Every path the package shipped is gone, except shared directories other packages
# also use (/usr, /usr/share/icons/...).
: >"$WORK/left"
while IFS= read -r path; do
  if [ -L "$path" ] || [ -f "$path" ]; then echo "$path" >>"$WORK/left"; fi
done <"$WORK/paths"
for dir in /usr/lib/rehab-coach /usr/share/doc/rehab-coach; do
  if [ -e "$dir" ]; then echo "$dir" >>"$WORK/left"; fi
done
if [ ! -s "$WORK/left" ]; then ok "nothing left of its $(wc -l <"$WORK/paths") paths"; else
  fail "left behind after remove:"
  show "$WORK/left"
fi

echo
if [ "$FAILED" -eq 0 ]; then
  echo "deb test passed"
else
  echo "deb test: $FAILED check(s) failed"
  exit 1
fi
