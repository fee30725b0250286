#!/usr/bin/env bash
# Token endpoint benchmark: Release build of warden on SQLite and on PostgreSQL, driven by wrk on loopback.
# Cases per backend: the HTTP ceiling (GET /health/live, a trivial endpoint of the same server), client_credentials
# (JWT, client_secret_basic) and introspection of a JWT. One JSON line per case, with the ratio to that backend's
# ceiling measured in the same run.
#
#   bench/token.sh                    DURATION=10 CONNECTIONS=32 THREADS=1 by default
#   BENCH_POSTGRES_URL=postgres://…   use this PostgreSQL (superuser URL) instead of starting a throwaway one
#   BACKENDS=sqlite                   only some backends
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)
source scripts/lib/servers.sh
source bench/lib/common.sh

duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

bench_setup

bench_postgres_url


bench_backend() { # name, database URL
  local name=$1 url=$2
  local dir="$work/$name" port
  mkdir -p "$dir"
  port=$(free_port)
  export DATABASE_URL=$url
  (cd "$dir" && "$warden" clients create --name bench --grant client_credentials --scope "bench.read bench.write" --json 2>/dev/null) >"$dir/client.json"
  (cd "$dir" && "$warden" clients create --name resource-server --grant client_credentials --introspect-all --json 2>/dev/null) >"$dir/rs.json"
  local id secret rs_id rs_secret
  id=$(sed -E 's/.*"client_id":"([^"]+)".*/\1/' "$dir/client.json")
  secret=$(sed -E 's/.*"client_secret":"([^"]+)".*/\1/' "$dir/client.json")
  rs_id=$(sed -E 's/.*"client_id":"([^"]+)".*/\1/' "$dir/rs.json")
  rs_secret=$(sed -E 's/.*"client_secret":"([^"]+)".*/\1/' "$dir/rs.json")

  (cd "$dir" && exec "$warden" serve --urls "http://127.0.0.1:$port" >"$dir/warden.log" 2>&1) &
  warden_pid=$!
  wait_healthy "$port"

  local basic="Basic $(printf '%s:%s' "$id" "$secret" | base64 -w0)"
  local rs_basic="Basic $(printf '%s:%s' "$rs_id" "$rs_secret" | base64 -w0)"
  local token
  token=$(curl -s -u "$id:$secret" -d grant_type=client_credentials "http://127.0.0.1:$port/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

  # Warm-up: JIT, connection pools, caches.
  METHOD=POST BODY="grant_type=client_credentials" AUTH="$basic" wrk -t1 -c8 -d3s -s bench/wrk/request.lua "http://127.0.0.1:$port/token" >/dev/null
  run_wrk "$name ceiling GET /health/live" "" -s bench/wrk/request.lua "http://127.0.0.1:$port/health/live"
  local ceiling=$last_rps
  METHOD=POST BODY="grant_type=client_credentials" AUTH="$basic" run_wrk "$name client_credentials (JWT ES256)" "$ceiling" \
    -s bench/wrk/request.lua "http://127.0.0.1:$port/token"
  METHOD=POST BODY="token=$token" AUTH="$rs_basic" run_wrk "$name introspection (JWT)" "$ceiling" \
    -s bench/wrk/request.lua "http://127.0.0.1:$port/introspect"

  kill -TERM "$warden_pid"; wait "$warden_pid" 2>/dev/null || true
  warden_pid=
}

echo "# warden $("$warden" version | awk '{print $2}'), $(nproc) cores, wrk -t$threads -c$connections -d${duration}s, $(date -u +%Y-%m-%dT%H:%MZ)"
for backend in ${BACKENDS:-sqlite postgres}; do
  case $backend in
    sqlite) bench_backend sqlite "sqlite:$work/sqlite/warden.db" ;;
    postgres) bench_backend postgres "$postgres_url" ;;
  esac
done
exit "$failed"
