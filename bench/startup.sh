#!/usr/bin/env bash
# Startup time to a healthy /health and resident memory, per storage backend, for a Release build of warden.
# Every run starts in a fresh directory, so it includes a first start's work: creating the SQLite file, applying
# migrations, and generating the ES256 and RS256 signing keys (the memory backend does this on every start).
# Baseline, measured in the same run: `warden version` (the .NET runtime starting the same binary and exiting),
# so the ratio shows what the server adds on top of the runtime. Runs each case RUNS times (default 5), reports medians.
#
#   bench/startup.sh                       memory and sqlite
#   BENCH_POSTGRES_URL=postgres://… bench/startup.sh   adds postgres (a database Warden may migrate)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/servers.sh
source bench/lib/common.sh
runs=${RUNS:-5}
out=$(mktemp -d /tmp/warden-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT

dotnet publish src/Warden -c Release -o "$out/bin" -nologo -v quiet >/dev/null
# One master key for every run: runs against a shared PostgreSQL must decrypt the signing keys the first run stored.
export WARDEN_MASTER_KEY=$(openssl rand -base64 32)
warden="$out/bin/warden"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

baseline=$(for _ in $(seq "$runs"); do s=$(now_ms); "$warden" version >/dev/null; echo $(($(now_ms) - s)); done | median)

measure() { # name, then environment assignments
  local name=$1; shift
  local times=() rss=()
  for i in $(seq "$runs"); do
    local port=$((30000 + RANDOM % 20000)) dir="$out/run-$name-$i"
    mkdir -p "$dir"
    local start; start=$(now_ms)
    (cd "$dir" && exec env "$@" "$warden" serve --urls "http://127.0.0.1:$port" >"$dir/log" 2>&1) &
    local pid=$!
    for _ in $(seq 600); do
      [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true) == 200 ]] && break
      sleep 0.01
    done
    times+=($(($(now_ms) - start)))
    sleep 1
    for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/health" || true; done
    rss+=($(rss_kib "$pid" || echo 0))
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  local t r
  t=$(printf '%s\n' "${times[@]}" | median)
  r=$(printf '%s\n' "${rss[@]}" | median)
  printf '%-9s startup %6s ms  (%4.1f x baseline)   RSS after 200 requests %6.1f MiB\n' "$name" "$t" "$(echo "$t / $baseline" | bc -l)" "$(echo "$r / 1024" | bc -l)"
}

echo "warden $("$warden" version | awk '{print $2}'), $(nproc) cores, $runs runs each, medians"
echo "baseline: 'warden version' $baseline ms"
measure memory DB_TYPE=memory
measure sqlite DB_TYPE=sqlite
if [[ -n "${BENCH_POSTGRES_URL:-}" ]]; then
  measure postgres DATABASE_URL="$(fresh_database "$BENCH_POSTGRES_URL")"
fi
