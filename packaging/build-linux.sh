#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller:
#   dist/rehab-coach/rehab-coach          the app (also the speech worker: --speech-worker)
#   dist/rehab-coach/_internal/           Python, Qt, assets/ and routines/
#   dist/rehab-coach/share/               desktop entry, AppStream metainfo, icons
#   dist/rehab-coach-<version>-linux-<arch>.tar.gz
# Uses .venv (created with the project installed if missing) and installs
# PyInstaller into it if it is not there. Prints build time and sizes.
# Then run: bash packaging/smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1

PY="${PYTHON:-.venv/bin/python}"

if [ ! -x "$PY" ]; then
  echo "== creating .venv"
  python3 -m venv .venv
  PY=.venv/bin/python
fi
if ! "$PY" -c "import coach.app" >/dev/null 2>&1; then
  echo "== installing the project into the venv"
  "$PY" -m pip install -q -e .
fi
if ! "$PY" - <<'PYCHECK' >/dev/null 2>&1; then
import PyInstaller
major, minor = (int(part) for part in PyInstaller.__version__.split(".")[:2])
raise SystemExit(0 if (major, minor) >= (6, 22) else 1)
PYCHECK
  echo "== installing PyInstaller"
  "$PY" -m pip install -q "pyinstaller>=6.22"
fi

VERSION="$("$PY" -c 'import coach; print(coach.__version__)')"
ARCH="$(uname -m)"
BUNDLE=dist/rehab-coach
TARBALL="dist/rehab-coach-${VERSION}-linux-${ARCH}.tar.gz"

echo "== PyInstaller $("$PY" -m PyInstaller --version), rehab-coach $VERSION"
SECONDS=0
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/rehab-coach.spec
built=$SECONDS

echo "== desktop integration files -> $BUNDLE/share"
bash packaging/install-desktop-files.sh "$BUNDLE"

echo "== $TARBALL"
rm -f "$TARBALL"
tar -C dist -czf "$TARBALL" rehab-coach
done_at=$SECONDS

echo "== result"
echo "executable:  $BUNDLE/rehab-coach"
echo "build time:  ${built} s (PyInstaller), ${done_at} s with the tarball"
echo "on disk:     $(du -sh --apparent-size "$BUNDLE" | cut -f1) ($(du -sm "$BUNDLE" | cut -f1) MiB allocated)"
echo "tar.gz:      $(du -h --apparent-size "$TARBALL" | cut -f1)"
