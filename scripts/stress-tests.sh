#!/usr/bin/env bash
# Runs the whole suite N times in a row (default 10) while a CPU-bound process runs beside it, to catch tests that
# depend on timing (issue #13). Each run is scripts/test.sh; one line per run goes to stdout:
#   run 3: exit 0, 923 passed, 0 failed, 262 s
# Exits 1 if any run failed. Usage: scripts/stress-tests.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
yes >/dev/null &
hog=$!
trap 'kill "$hog" 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  log=$(mktemp)
  bash scripts/test.sh >"$log" 2>&1
  rc=$?
  summary=$(tail -n 1 "$log")
  rm -f "$log"
  echo "run $i: exit $rc, $summary, $(( $(date +%s) - start )) s"
  ((rc == 0)) || failed=1
done
exit "$failed"
