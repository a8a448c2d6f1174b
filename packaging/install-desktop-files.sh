#!/usr/bin/env bash
# Install the desktop integration files under PREFIX/share (the bundle's share/,
# which the tarball and the .deb ship as they are):
#   applications/<id>.desktop, metainfo/<id>.metainfo.xml,
#   icons/hicolor/{16x16,...,256x256,scalable}/apps/<id>.{png,svg}
#   bash packaging/install-desktop-files.sh PREFIX
set -euo pipefail
cd "$(dirname "$0")/.."

PREFIX="${1:?usage: install-desktop-files.sh PREFIX}"
APP_ID="io.github.rehab_coach.RehabCoach"
SHARE="$PREFIX/share"

install -Dm644 "packaging/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "packaging/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 assets/icons/rehab-coach.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 32 48 64 128 256; do
  install -Dm644 "assets/icons/rehab-coach-$size.png" \
    "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
