#!/usr/bin/env bash
# Build a Debian package from the PyInstaller bundle, offline, with dpkg-deb:
#   OUT_DIR/rehab-coach_<version>_<arch>.deb      (OUT_DIR: dist by default)
#     /usr/lib/rehab-coach/            the bundle (rehab-coach + _internal/)
#     /usr/bin/rehab-coach             a link to /usr/lib/rehab-coach/rehab-coach
#     /usr/share/applications/, metainfo/, icons/hicolor/   from the bundle's share/
#     /usr/share/doc/rehab-coach/copyright                   the MIT licence
# Depends: the README's apt-get libraries, plus libc6 at the highest GLIBC_ symbol
# version the bundle's binaries need (measured here with objdump -T). Notifications
# go over D-Bus from the app itself (jeepney, in the bundle): nothing to recommend.
# No maintainer scripts: dpkg triggers refresh the icon cache and the desktop database.
#   bash packaging/build-linux.sh && bash packaging/build-deb.sh [BUNDLE_DIR [OUT_DIR]]
# Then: bash packaging/test-deb.sh   (installs it with apt-get and removes it again)
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE="${1:-dist/rehab-coach}"
OUT="${2:-dist}"
PACKAGE=rehab-coach
APP_ID="io.github.rehab_coach.RehabCoach"
PREFIX=usr/lib/rehab-coach

if [ ! -x "$BUNDLE/rehab-coach" ] || [ ! -d "$BUNDLE/share" ]; then
  echo "no bundle at $BUNDLE: run bash packaging/build-linux.sh first" >&2
  exit 2
fi

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coach/__init__.py)"
ARCH="$(dpkg --print-architecture)"
[ -n "$VERSION" ] || { echo "no __version__ in coach/__init__.py" >&2; exit 1; }
# The system libraries: the README's apt-get line, the one place they are listed.
APT_LIBS="$(sed -n 's/^    sudo apt-get install -y //p' README.md | head -n 1)"
[ -n "$APT_LIBS" ] || { echo "the README's apt-get line was not found" >&2; exit 1; }
GLIBC="$(bash packaging/glibc-needed.sh "$BUNDLE")"

STAGE="$OUT/.stage-${PACKAGE}_${VERSION}_${ARCH}"
DEB="$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb"
SECONDS=0
rm -rf "$STAGE"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/DEBIAN" "$STAGE/$PREFIX" "$STAGE/usr/bin" "$STAGE/usr/share/doc/$PACKAGE"

echo "== staging $BUNDLE -> /$PREFIX"
cp -a "$BUNDLE/rehab-coach" "$BUNDLE/_internal" "$STAGE/$PREFIX/"
cp -a "$BUNDLE/share/." "$STAGE/usr/share/"
ln -s "../lib/rehab-coach/rehab-coach" "$STAGE/usr/bin/rehab-coach"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Rehab Coach"
  echo "Source: https://github.com/rehab-coach/rehab-coach"
  echo
  echo "Files: *"
  echo "Copyright: 2026 The Rehab Coach authors"
  echo "License: MIT"
  # The licence text after its title and copyright line, as a Debian copyright paragraph.
  awk 'body { print } /^Copyright/ { body = 1 }' LICENSE | sed -e '1{/^$/d}' -e 's/^$/./' -e 's/^/ /'
} >"$STAGE/usr/share/doc/$PACKAGE/copyright"
# Plain modes whatever the checkout's umask was: directories and programs 755, data 644.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod go-w,a+r {} +

DEPENDS="libc6 (>= $GLIBC)"
for lib in $APT_LIBS; do DEPENDS="$DEPENDS, $lib"; done
cat >"$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: The Rehab Coach authors <rehab-coach@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $DEPENDS
Section: misc
Priority: optional
Homepage: https://github.com/rehab-coach/rehab-coach
Description: guided home rehab for buttock and glute pain
 Rehab Coach guides home rehab for buttock and glute pain after exercise: a
 check-in that asks the red-flag questions first, guided sessions with a
 picture of each position and spoken cues, ice and heat timers, and a pain
 history with CSV and PDF export. It gives general self-care guidance; it is
 not a diagnosis and not a medical device.
 .
 The app is a self-contained PyInstaller bundle in /usr/lib/rehab-coach
 (desktop id $APP_ID); speech uses the system's libespeak-ng.
EOF

echo "== $DEB"
rm -f "$DEB"
# zstd: 2-3 s here against 48 s for gzip -9 (the default xz is slower still), and the
# smallest file. Every dpkg that can run the bundle reads it (Debian 12's dpkg 1.21.22,
# Ubuntu's since 21.10).
dpkg-deb --root-owner-group -Zzstd --build "$STAGE" "$DEB" >/dev/null

echo "== result"
echo "package:     $DEB ($(du -h --apparent-size "$DEB" | cut -f1), installed $(dpkg-deb -f "$DEB" Installed-Size) KiB)"
echo "needs:       glibc >= $GLIBC"
echo "build time:  ${SECONDS} s"
