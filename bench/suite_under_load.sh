#!/usr/bin/env bash
# The whole suite, N times in a row, while busy loops keep every core busy
# (issue 14: "passes three times in a row while another process keeps both cores
# busy"). Run from the repo root after the README's test install:
#   bash bench/suite_under_load.sh [RUNS, default 3]
# Prints each run's summary line, its time and the load average (and where a
# failed run's whole output is kept); exits non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
cores="$(nproc)"
busy=()
for _ in $(seq "$cores"); do
  sh -c 'while :; do :; done' &
  busy+=("$!")
done
trap 'kill "${busy[@]}" 2>/dev/null' EXIT
failed=0
for run in $(seq "$runs"); do
  start=$(date +%s)
  log="$(mktemp)"
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider >"$log" 2>&1
  status=$?
  summary="$(tail -n 1 "$log")"
  echo "run $run/$runs: $summary ($(($(date +%s) - start)) s, load $(cut -d' ' -f1-3 /proc/loadavg), $cores busy loops)"
  grep -E '^(FAILED|ERROR) ' "$log" | sed 's/^/    /'
  if [ "$status" -eq 0 ]; then
    rm -f "$log"
  else
    failed=1
    echo "    whole output: $log"
  fi
done
exit "$failed"
