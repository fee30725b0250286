#!/usr/bin/env bash
# The one test command. On a fresh Debian machine it installs what is missing (PostgreSQL, Redis, PgBouncer, Chromium;
# with apt-get when run as root; the npm packages of tests/clients with npm ci), starts a throwaway PostgreSQL and redis-server on free loopback ports, runs every test
# against them, and ends with one line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)

say() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null || die "the .NET 10 SDK is missing: install it (https://dot.net) so that 'dotnet' is on PATH"

source "$root_dir/scripts/lib/servers.sh"

missing=()
[[ -n "$(find_pg_bin)" ]] || missing+=(postgresql)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v chromium >/dev/null || missing+=(chromium)
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
command -v node >/dev/null && command -v npm >/dev/null \
  || die "Node.js 20 and npm are missing: install them (apt-get install nodejs npm) for the relying-party library tests"
say "installing the relying-party libraries the tests drive (npm ci in tests/clients)"
npm ci --prefix "$root_dir/tests/clients" --no-audit --no-fund --loglevel=error >/dev/null \
  || die "npm ci in tests/clients failed: the npm registry must be reachable"

pg_bin=$(find_pg_bin)
[[ -n "$pg_bin" ]] || die "PostgreSQL server binaries (initdb, pg_ctl) still not found after installing postgresql"
export PATH="$pg_bin:$PATH"

work=$(mktemp -d /tmp/warden-test-servers.XXXXXX)
pg_port=$(free_port)
redis_port=$(free_port)
# Test fixtures that start a server of their own (PgBouncer, the outage tests' private PostgreSQL and Redis) write its
# process id here; whatever is still listed when the script ends, however it ends, is stopped with the script's own.
export WARDEN_TEST_SERVER_PIDS="$work/pids"
mkdir -p "$WARDEN_TEST_SERVER_PIDS"
clean_up() {
  local job pid_file
  for job in $(jobs -p); do
    kill -- "$job" >/dev/null 2>&1 || true
  done
  for pid_file in "$WARDEN_TEST_SERVER_PIDS"/*.pid; do
    [[ -e "$pid_file" ]] && kill "$(cat "$pid_file")" >/dev/null 2>&1 || true
  done
  stop_servers
  rm -rf "$work"
}
trap clean_up EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "starting PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$pg_port"
start_postgres "$work" "$pg_port" || die "PostgreSQL did not start"
say "starting redis-server ($(redis-server --version | awk '{print $3}')) on 127.0.0.1:$redis_port"
start_redis "$work" "$redis_port" || die "redis-server did not start"

export WARDEN_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
export WARDEN_TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say "building"
dotnet build "$root_dir/Warden.slnx" -c Debug -nologo >"$work/build.log" 2>&1 \
  || { grep -E "error" "$work/build.log" | sort -u >&2; die "build failed"; }

# The publish step the Dockerfile runs, on the build above (so it costs seconds), and the published program must start.
say "publishing (scripts/publish.sh)"
WARDEN_PUBLISH_CONFIGURATION=Debug "$root_dir/scripts/publish.sh" "$work/publish" --no-build >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; die "scripts/publish.sh failed"; }
published_version=$(dotnet "$work/publish/warden.dll" version) || die "the published warden did not start (dotnet warden.dll version)"
say "published $published_version"

say "running tests"
set +e
# In the background, so that an INT or TERM reaches the traps at once (bash holds traps while a foreground command runs).
: >"$work/test.log"
dotnet test "$root_dir/Warden.slnx" --no-build -c Debug --nologo >"$work/test.log" 2>&1 &
dotnet_pid=$!
tail -n +1 -f --pid="$dotnet_pid" "$work/test.log" &
tail_pid=$!
wait "$dotnet_pid"
status=$?
wait "$tail_pid"
left_running=""
for pid_file in "$WARDEN_TEST_SERVER_PIDS"/*.pid; do
  [[ -e "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null && left_running+="$(cat "$pid_file") "
done
if [[ -n "$left_running" ]]; then
  echo "test.sh: the tests left servers running (process ids $left_running); stopping them" >&2
  status=1
fi
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
