#!/usr/bin/env bash
# The one test command. On a fresh Debian machine it installs what is missing (PostgreSQL, Redis, PgBouncer;
# with apt-get when run as root), starts a throwaway PostgreSQL and redis-server on free loopback ports, runs every test
# against them, and ends with one line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)

say() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null || die "the .NET 10 SDK is missing: install it (https://dot.net) so that 'dotnet' is on PATH"

find_pg_bin() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  if [[ -z "$initdb" ]]; then
    initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [[ -n "$initdb" ]] && dirname "$(readlink -f "$initdb")"
}

missing=()
[[ -n "$(find_pg_bin)" ]] || missing+=(postgresql)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v redis-server >/dev/null || missing+=(redis-server)
[[ -x /usr/sbin/pgbouncer || -x /usr/bin/pgbouncer ]] || missing+=(pgbouncer)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing ${missing[*]}: install with 'sudo apt-get install ${missing[*]}' (or run this script as root)"
  fi
fi
pg_bin=$(find_pg_bin)
[[ -n "$pg_bin" ]] || die "PostgreSQL server binaries (initdb, pg_ctl) still not found after installing postgresql"
export PATH="$pg_bin:$PATH"

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "no free loopback port found"
}

work=$(mktemp -d /tmp/warden-test-servers.XXXXXX)
chmod 755 "$work"
pg_port=$(free_port)
redis_port=$(free_port)
as_postgres=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb and postgres refuse to run as root.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres: "$work"
  as_postgres=(runuser -u postgres --)
fi

cleanup() {
  "${as_postgres[@]}" pg_ctl -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  [[ -n "${redis_pid:-}" ]] && kill "$redis_pid" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

say "starting PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$pg_port"
(cd /tmp && "${as_postgres[@]}" initdb -D "$work/pg" -U postgres -A trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1) \
  || { cat "$work/initdb.log"; die "initdb failed"; }
(cd /tmp && "${as_postgres[@]}" pg_ctl -D "$work/pg" -l "$work/pg.log" -w -t 60 \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work -c fsync=off -c max_connections=300" start >/dev/null) \
  || { cat "$work/pg.log"; die "PostgreSQL did not start"; }

say "starting redis-server ($(redis-server --version | awk '{print $3}')) on 127.0.0.1:$redis_port"
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 &
redis_pid=$!
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
  sleep 0.1
done

export WARDEN_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
export WARDEN_TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say "building"
dotnet build "$root_dir/Warden.slnx" -c Debug -nologo >"$work/build.log" 2>&1 \
  || { grep -E "error" "$work/build.log" | sort -u >&2; die "build failed"; }

say "running tests"
set +e
dotnet test "$root_dir/Warden.slnx" --no-build -c Debug --nologo 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
summary=$(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$work/test.log" \
  | awk -F'[:,]' '{failed+=$2; passed+=$4; skipped+=$6} END {printf "%d %d %d", passed, failed, skipped}')
read -r passed failed skipped <<<"${summary:-0 0 0}"
assemblies=$(grep -cE '^(Passed|Failed)! +- ' "$work/test.log" || true)
expected=$(ls -1d "$root_dir"/tests/*.Tests | wc -l)
if [[ "$assemblies" -ne "$expected" ]]; then
  echo "test.sh: expected results from $expected test assemblies, got $assemblies" >&2
  status=1
  failed=$((failed + expected - assemblies))
fi
if ((skipped)); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
