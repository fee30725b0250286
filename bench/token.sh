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

duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/warden-bench.XXXXXX)
# Not "kill ${warden_pid:-0}": kill 0 signals the whole process group, this script included, before stop_servers.
trap '[[ -n "${warden_pid:-}" ]] && kill "$warden_pid" 2>/dev/null; stop_servers; rm -rf "$work"' EXIT
chmod 755 "$work"

dotnet publish src/Warden -c Release -o "$work/bin" -nologo -v quiet >/dev/null
warden="$work/bin/warden"
export WARDEN_MASTER_KEY=$(openssl rand -base64 32)
export LOG_LEVEL=warn

postgres_url=${BENCH_POSTGRES_URL:+$(fresh_database "$BENCH_POSTGRES_URL")}
if [[ -z "$postgres_url" && " ${BACKENDS:-postgres} " == *" postgres "* ]]; then
  pg_port=$(free_port)
  mkdir -p "$work/pg-root"
  start_postgres "$work/pg-root" "$pg_port"
  postgres_url="postgres://postgres@127.0.0.1:$pg_port/postgres?sslmode=disable"
fi

run_wrk() { # label, ceiling rps or "", wrk arguments…
  local label=$1 ceiling=$2; shift 2
  local line
  line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" | tail -n 1)
  local rps; rps=$(sed -E 's/.*"rps":([0-9]+).*/\1/' <<<"$line")
  if [[ -n "$ceiling" ]]; then
    line="${line%\}},\"ratio_to_ceiling\":$(awk -v a="$rps" -v b="$ceiling" 'BEGIN {printf "%.3f", a / b}')}"
  fi
  echo "{\"case\":\"$label\",${line#\{}"
  last_rps=$rps
}

bench_backend() { # name, database URL
  local name=$1 url=$2
  local dir="$work/$name" port
  mkdir -p "$dir"
  port=$(free_port)
  export DATABASE_URL=$url
  (cd "$dir" && "$warden" clients create --name bench --grant client_credentials --scope "bench.read bench.write" --json 2>/dev/null) >"$dir/client.json"
  (cd "$dir" && "$warden" clients create --name resource-server --grant client_credentials --json 2>/dev/null) >"$dir/rs.json"
  local id secret rs_id rs_secret
  id=$(sed -E 's/.*"client_id":"([^"]+)".*/\1/' "$dir/client.json")
  secret=$(sed -E 's/.*"client_secret":"([^"]+)".*/\1/' "$dir/client.json")
  rs_id=$(sed -E 's/.*"client_id":"([^"]+)".*/\1/' "$dir/rs.json")
  rs_secret=$(sed -E 's/.*"client_secret":"([^"]+)".*/\1/' "$dir/rs.json")

  (cd "$dir" && exec "$warden" serve --urls "http://127.0.0.1:$port" >"$dir/warden.log" 2>&1) &
  warden_pid=$!
  for _ in $(seq 300); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true) == 200 ]] && break
    sleep 0.1
  done

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
