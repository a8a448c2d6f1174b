#!/usr/bin/env bash
# Smoke-test the PyInstaller bundle, headless (QT_QPA_PLATFORM=offscreen).
#   bash packaging/smoke-test.sh [BUNDLE_DIR]      (default: dist/rehab-coach)
# Build it first with: bash packaging/build-linux.sh
#
# Checks, each printed as ok/FAIL; exits 1 if any failed:
#   - the bundle holds assets/ and routines/ where coach/paths.py looks, the
#     desktop files under share/, no Qt Quick/Qml/WebEngine/Pdf, and every
#     bundled library's dependencies resolve (ldd)
#   - rehab-coach --version | validate | --data-dir DIR history --csv
#   - rehab-coach --data-dir DIR doctor must exit 0. Its FAIL lines (exit 1) are
#     a missing Qt platform plugin or an unwritable data folder; neither may
#     happen offscreen with a fresh folder. WARN lines (no audio output, no speech
#     engine) are allowed, except: when libespeak-ng.so.1 is installed the speech
#     engine line must be OK, since it proves the bundled espeak driver works.
#   - rehab-coach --speech-worker answers the protocol and renders a WAV
#     (skipped, with the reason, without libespeak-ng)
#   - the GUI starts offscreen, is still running after 5 s with no traceback
#     printed, has not started a speech worker at Home (it starts with the first
#     session), and leaves no process behind when killed
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE="${1:-dist/rehab-coach}"
APP="$BUNDLE/rehab-coach"
INTERNAL="$BUNDLE/_internal"
APP_ID="io.github.rehab_coach.RehabCoach"
export QT_QPA_PLATFORM=offscreen

if [ ! -x "$APP" ]; then
  echo "no bundle at $APP: run bash packaging/build-linux.sh first" >&2
  exit 2
fi

WORK="$(mktemp -d)"
GUI_PID=""
cleanup() {
  if [ -n "$GUI_PID" ] && kill -0 "$GUI_PID" 2>/dev/null; then kill "$GUI_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

FAILED=0
ok() { echo "ok    $*"; }
fail() {
  echo "FAIL  $*"
  FAILED=$((FAILED + 1))
}
show() { sed 's/^/      | /' "$1" | head -n "${2:-15}" || true; }

LDCONFIG="$(command -v ldconfig || echo /sbin/ldconfig)"
SYSTEM_LIBS="$("$LDCONFIG" -p 2>/dev/null || true)"
has_espeak() { [[ "$SYSTEM_LIBS" == *"libespeak-ng.so.1 "* ]]; }

echo "== bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
for path in assets/icons/rehab-coach.svg assets/ui/check.svg assets/poses/stand_tall.toml assets/sounds/countdown.wav \
  routines/exercises.toml routines/cues.toml routines/triage.toml routines/thermal.toml; do
  if [ -f "$INTERNAL/$path" ]; then ok "bundled $path"; else fail "missing _internal/$path"; fi
done
for path in "share/applications/$APP_ID.desktop" "share/metainfo/$APP_ID.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$APP_ID.svg" "share/icons/hicolor/256x256/apps/$APP_ID.png"; do
  if [ -f "$BUNDLE/$path" ]; then ok "$path"; else fail "missing $path"; fi
done
unwanted="$(find "$INTERNAL" \( -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6WebEngine*' \
  -o -name 'libQt6Pdf*' -o -name 'libQt63D*' -o -name 'QtWebEngine*' -o -name 'libavcodec*' \) | head -n 5)"
if [ -z "$unwanted" ]; then ok "no Qt Quick/Qml/WebEngine/Pdf/3D/FFmpeg libraries"; else fail "unwanted: $unwanted"; fi
dangling="$(find "$BUNDLE" -xtype l | head -n 5)"
if [ -z "$dangling" ]; then ok "no dangling symbolic links"; else fail "dangling links: $dangling"; fi
# libwayland-* come with every Wayland session and are needed only there.
: >"$WORK/ldd.txt"
while IFS= read -r -d '' lib; do
  { LD_LIBRARY_PATH="$INTERNAL" ldd "$lib" 2>/dev/null || true; } | grep 'not found' |
    grep -v 'libwayland-' | sed "s|^|${lib#"$INTERNAL"/}: |" >>"$WORK/ldd.txt" || true
done < <(find "$INTERNAL" -type f -name '*.so*' -print0)
if [ ! -s "$WORK/ldd.txt" ]; then ok "every bundled library's dependencies resolve (libwayland-* aside)"; else
  fail "unresolved libraries:"
  show "$WORK/ldd.txt"
fi

echo "== command line"
if out="$("$APP" --version 2>"$WORK/err")" && [[ "$out" =~ ^rehab-coach\ [0-9]+\.[0-9]+ ]]; then
  ok "--version: $out"
else
  fail "--version: '$out'"
  show "$WORK/err"
fi

if "$APP" validate >"$WORK/out" 2>&1; then ok "validate: $(tail -n 1 "$WORK/out")"; else
  fail "validate"
  show "$WORK/out"
fi

DATA="$WORK/data-history"
mkdir -p "$DATA"
if "$APP" --data-dir "$DATA" history --csv >"$WORK/out" 2>"$WORK/err" && head -n 1 "$WORK/out" | grep -q '^date,routine,'; then
  ok "history --csv: $(head -n 1 "$WORK/out")"
else
  fail "history --csv"
  show "$WORK/out"
  show "$WORK/err"
fi

DATA="$WORK/data-doctor"
mkdir -p "$DATA"
if "$APP" --data-dir "$DATA" doctor >"$WORK/out" 2>"$WORK/err"; then
  ok "doctor exit 0: $(grep '^Result' "$WORK/out")"
  if has_espeak; then
    if grep -q '^OK    Speech engine' "$WORK/out"; then ok "doctor: $(grep '^OK    Speech engine' "$WORK/out" | cut -c7-)"; else
      fail "doctor: libespeak-ng is installed but the speech engine is not OK"
      show "$WORK/out"
    fi
  fi
  grep '^WARN' "$WORK/out" | sed 's/^/      (allowed) /' || true
else
  fail "doctor exit $?"
  show "$WORK/out" 30
  show "$WORK/err"
fi

echo "== speech worker"
if has_espeak; then
  wav="$WORK/worker/cue.wav"
  printf '{"op":"render","id":1,"text":"Switch sides","voice":"","rate":160,"path":"%s"}\n{"op":"quit"}\n' "$wav" |
    timeout 30 "$APP" --speech-worker >"$WORK/out" 2>"$WORK/err" || true
  if grep -q '"op":"hello","ok":true' "$WORK/out" && grep -q '"op":"render","id":1,"ok":true' "$WORK/out" &&
    [ -s "$wav" ] && head -c 4 "$wav" | grep -q RIFF; then
    ok "--speech-worker: hello, render -> $(stat -c %s "$wav") byte WAV"
  else
    fail "--speech-worker"
    show "$WORK/out" 5
    show "$WORK/err"
  fi
else
  echo "skip  --speech-worker render: libespeak-ng.so.1 not installed (apt-get install libespeak-ng1)"
fi

echo "== sound worker"
# Plays a shipped WAV; answers with its count of audio outputs first (0 without a
# sound server), then started/finished when there is one.
chime="$(dirname "$APP")/_internal/assets/sounds/countdown.wav"
[ -f "$chime" ] || chime="$(find "$(dirname "$APP")" -name countdown.wav | head -n 1)"
{ printf '{"op":"play","channel":"beep","id":1,"path":"%s"}\n' "$chime"; sleep 2; } |
  timeout 30 "$APP" --sound-worker >"$WORK/out" 2>"$WORK/err" || true
if grep -q '"op":"outputs","count":0' "$WORK/out" ||
  grep -q '"op":"finished","channel":"beep","id":1' "$WORK/out"; then
  ok "--sound-worker: $(tr '\n' ' ' <"$WORK/out")"
else
  fail "--sound-worker"
  show "$WORK/out" 5
  show "$WORK/err"
fi

echo "== GUI (offscreen, 5 s)"
DATA="$WORK/data-gui"
mkdir -p "$DATA"
timeout 10 "$APP" --data-dir "$DATA" >"$WORK/gui.out" 2>"$WORK/gui.err" &
GUI_PID=$!
sleep 5
APP_PID="$(pgrep -P "$GUI_PID" | head -n 1 || true)"
if kill -0 "$GUI_PID" 2>/dev/null && [ -n "$APP_PID" ]; then
  ok "still running after 5 s (pid $APP_PID)"
  # The rest of the app is built after Home's first paint: an error there would
  # only be printed, so look for it.
  if grep -q "Traceback" "$WORK/gui.err"; then
    fail "an error after start-up"
    show "$WORK/gui.err" 30
  fi
  # Speech starts with the first session (not at Home), so no worker is expected here.
  WORKER_PID="$(pgrep -P "$APP_PID" -f -- '--speech-worker' | head -n 1 || true)"
  if [ -n "$WORKER_PID" ]; then fail "a speech worker started at Home (pid $WORKER_PID)"; fi
  kill "$GUI_PID" 2>/dev/null || true
  wait "$GUI_PID" 2>/dev/null || true
  GUI_PID=""
  for _ in $(seq 30); do
    kill -0 "$APP_PID" 2>/dev/null || { [ -n "${WORKER_PID:-}" ] && kill -0 "$WORKER_PID" 2>/dev/null; } || break
    sleep 0.1
  done
  if kill -0 "$APP_PID" 2>/dev/null || { [ -n "${WORKER_PID:-}" ] && kill -0 "$WORKER_PID" 2>/dev/null; }; then
    fail "processes left behind after kill: $APP_PID ${WORKER_PID:-}"
    kill -9 "$APP_PID" ${WORKER_PID:+"$WORKER_PID"} 2>/dev/null || true
  else
    ok "stopped cleanly, no process left behind"
  fi
else
  wait "$GUI_PID" 2>/dev/null && code=0 || code=$?
  GUI_PID=""
  fail "GUI exited within 5 s (status $code)"
  show "$WORK/gui.err" 30
fi
if grep -q 'Traceback' "$WORK/gui.err"; then
  fail "Python traceback on the GUI's stderr"
  show "$WORK/gui.err" 30
fi

echo
if [ "$FAILED" -eq 0 ]; then
  echo "smoke test passed"
else
  echo "smoke test: $FAILED check(s) failed"
  exit 1
fi
