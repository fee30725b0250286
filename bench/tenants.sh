#!/usr/bin/env bash
# Tenants benchmark (issue 19, item 6): does a database with 1 000 tenants slow token issuance, introspection or
# start-up? A Release build of warden on SQLite (and PostgreSQL), driven by wrk on loopback, one JSON line per case.
#
# Per backend, in one run:
#   (a) a database holding only the default tenant: the ceiling (GET /health/live), client_credentials and
#       introspection at the default tenant, with their ratios to that ceiling;
#   (b) the same database after a config.yaml `tenants:` section declared 1 000 path-form tenants (t-0001…t-1000) and
#       `warden clients create --tenant t-0500` gave one of them its clients: the ceiling again, then the same two
#       cases at the default tenant and at /t/t-0500, with their ratios to that ceiling;
#   start-up, exec to the first 200 of /health (polled every 10 ms), STARTUP_ROUNDS rounds alternating:
#       a database with only the default tenant; the 1 000-tenant database with no config.yaml; the same with the
#       config.yaml that declares the 1 000 (each start compares them with the stored ones). Medians, with the ratio
#       to the 1-tenant start, and minima (on a busy machine the least disturbed start). The first start that created the 1 000 tenants is reported once on its own.
#
#   bench/tenants.sh                  SQLite; DURATION=5 CONNECTIONS=32 THREADS=1 STARTUP_ROUNDS=3 TENANTS=1000
#   BENCH_POSTGRES_URL=postgres://…   adds PostgreSQL on this server (superuser URL: fresh databases are made on it)
#   BACKENDS="sqlite postgres"        choose the backends; postgres without BENCH_POSTGRES_URL starts a throwaway server
#   BENCH_BUILD=DIR                   a build published before (scripts/publish.sh DIR) instead of publishing again
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/servers.sh
source bench/lib/common.sh

duration=${DURATION:-5}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
startup_rounds=${STARTUP_ROUNDS:-3}
tenant_count=${TENANTS:-1000}
BACKENDS=${BACKENDS:-sqlite${BENCH_POSTGRES_URL:+ postgres}}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
((tenant_count >= 500)) || { echo "bench: TENANTS must be at least 500 (the clients live in t-0500)" >&2; exit 2; }
tenant=t-0500

bench_setup
bench_postgres_url

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Writes a config.yaml into DIR declaring TENANTS path-form tenants t-0001, t-0002, …
write_tenants_config() { # dir
  {
    echo "tenants:"
    for i in $(seq -f '%04g' 1 "$tenant_count"); do
      printf '  - id: t-%s\n    name: Bench tenant %s\n' "$i" "$i"
    done
  } >"$1/config.yaml"
}

# Creates a client_credentials client and a resource server that may introspect every token of the tenant
# (--introspect-all: without it the introspection of another client's token answers {"active":false}) and sets
# $basic and $rs_basic to their Authorization headers.
create_clients() { # dir, tenant
  local dir=$1 tenant_id=$2 json
  json=$(cd "$dir" && "$warden" clients create --tenant "$tenant_id" --name bench --grant client_credentials --scope "bench.read bench.write" --json 2>/dev/null)
  basic="Basic $(printf '%s:%s' "$(json_field client_id <<<"$json")" "$(json_field client_secret <<<"$json")" | base64 -w0)"
  json=$(cd "$dir" && "$warden" clients create --tenant "$tenant_id" --name resource-server --grant client_credentials --introspect-all --json 2>/dev/null)
  rs_basic="Basic $(printf '%s:%s' "$(json_field client_id <<<"$json")" "$(json_field client_secret <<<"$json")" | base64 -w0)"
}
json_field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }

# Starts warden serve in DIR on a free port (sets $port, $warden_pid) and waits until /health answers 200; sets
# $startup_ms, the time from exec to that first 200.
start_warden() { # dir
  local dir=$1 start
  port=$(free_port)
  start=$(now_ms)
  (cd "$dir" && exec "$warden" serve --urls "http://127.0.0.1:$port" >>"$dir/warden.log" 2>&1) &
  warden_pid=$!
  for _ in $(seq 3000); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true) == 200 ]]; then
      startup_ms=$(($(now_ms) - start))
      return 0
    fi
    kill -0 "$warden_pid" 2>/dev/null || break
    sleep 0.01
  done
  echo "bench: warden in $dir did not become healthy (log: $dir/warden.log)" >&2
  tail -n 20 "$dir/warden.log" >&2
  exit 1
}

stop_warden() {
  kill -TERM "$warden_pid" 2>/dev/null || true
  wait "$warden_pid" 2>/dev/null || true
  warden_pid=
}

# Runs client_credentials and introspection against BASE (the server's address, or a tenant's below it), with the
# clients in $basic and $rs_basic, as two cases with their ratios to CEILING.
token_cases() { # label, base url, ceiling rps
  local label=$1 base=$2 ceiling=$3 token
  token=$(curl -s -H "Authorization: $basic" -d grant_type=client_credentials "$base/token" | json_field access_token)
  [[ $token == *.*.* ]] || { echo "bench: $label: no access token from $base/token" >&2; exit 1; }
  [[ $(curl -s -H "Authorization: $rs_basic" -d "token=$token" "$base/introspect") == *'"active":true'* ]] \
    || { echo "bench: $label: $base/introspect does not answer active for its own token" >&2; exit 1; }
  METHOD=POST BODY="grant_type=client_credentials" AUTH="$basic" run_wrk "$label client_credentials (JWT ES256)" "$ceiling" \
    -s bench/wrk/request.lua "$base/token"
  METHOD=POST BODY="token=$token" AUTH="$rs_basic" run_wrk "$label introspection (JWT)" "$ceiling" \
    -s bench/wrk/request.lua "$base/introspect"
}

warm_up() { # base url (its clients in $basic)
  METHOD=POST BODY="grant_type=client_credentials" AUTH="$basic" wrk -t1 -c8 -d3s -s bench/wrk/request.lua "$1/token" >/dev/null
}

bench_backend() { # name, URL of the database that gets the tenants, URL of one that keeps only the default tenant
  local name=$1 many_url=$2 one_url=$3
  local many="$work/$name/many" one="$work/$name/one"
  mkdir -p "$many" "$one"

  # (a) Only the default tenant.
  export DATABASE_URL=$many_url
  create_clients "$many" default
  local default_basic=$basic default_rs_basic=$rs_basic
  start_warden "$many"
  local server="http://127.0.0.1:$port"
  warm_up "$server"
  run_wrk "$name 1 tenant: ceiling GET /health/live" "" -s bench/wrk/request.lua "$server/health/live"
  token_cases "$name 1 tenant: default" "$server" "$last_rps"
  stop_warden

  # (b) The same database with TENANTS tenants, declared in config.yaml; the first start creates them.
  write_tenants_config "$many"
  start_warden "$many"
  echo "{\"case\":\"$name startup, first, creating $tenant_count tenants from config.yaml\",\"startup_ms\":$startup_ms}"
  stop_warden
  local stored
  stored=$(cd "$many" && "$warden" tenants list 2>/dev/null | grep -c '^t-' || true)
  ((stored == tenant_count)) || { echo "bench: $name: $stored tenants stored, $tenant_count declared" >&2; exit 1; }
  create_clients "$many" "$tenant"
  local tenant_basic=$basic tenant_rs_basic=$rs_basic
  start_warden "$many"
  server="http://127.0.0.1:$port"
  warm_up "$server/t/$tenant"
  basic=$default_basic; warm_up "$server"
  run_wrk "$name $tenant_count tenants: ceiling GET /health/live" "" -s bench/wrk/request.lua "$server/health/live"
  local ceiling=$last_rps
  basic=$default_basic rs_basic=$default_rs_basic
  token_cases "$name $tenant_count tenants: default" "$server" "$ceiling"
  basic=$tenant_basic rs_basic=$tenant_rs_basic
  token_cases "$name $tenant_count tenants: /t/$tenant" "$server/t/$tenant" "$ceiling"
  stop_warden

  # Start-up: a database with the default tenant only (migrated, with the same two clients) against the 1 000-tenant
  # one, without and with the config.yaml that declares them, alternating.
  export DATABASE_URL=$one_url
  create_clients "$one" default
  mkdir -p "$many/no-config"
  local -A startups=()
  for _ in $(seq "$startup_rounds"); do
    export DATABASE_URL=$one_url
    start_warden "$one"; stop_warden; startups[one]+="$startup_ms "
    export DATABASE_URL=$many_url
    start_warden "$many/no-config"; stop_warden; startups[stored]+="$startup_ms "
    start_warden "$many"; stop_warden; startups[declared]+="$startup_ms "
  done
  local one_ms
  one_ms=$(tr ' ' '\n' <<<"${startups[one]}" | grep . | median)
  startup_line "$name startup, 1 tenant" one "$one_ms"
  startup_line "$name startup, $tenant_count tenants in the database" stored "$one_ms"
  startup_line "$name startup, $tenant_count tenants declared in config.yaml" declared "$one_ms"
}

startup_line() { # label, key into startups, median of the 1-tenant starts
  local runs median_ms min_ms
  runs=$(tr ' ' '\n' <<<"${startups[$2]}" | grep . | paste -sd, -)
  median_ms=$(tr ' ' '\n' <<<"${startups[$2]}" | grep . | median)
  min_ms=$(tr ' ' '\n' <<<"${startups[$2]}" | grep . | sort -n | head -n 1)
  echo "{\"case\":\"$1\",\"rounds\":$startup_rounds,\"median_ms\":$median_ms,\"min_ms\":$min_ms,\"runs_ms\":[$runs],\"ratio_to_1_tenant\":$(awk -v a="$median_ms" -v b="$3" 'BEGIN {printf "%.3f", a / b}')}"
}

echo "# warden $("$warden" version | awk '{print $2}'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), wrk -t$threads -c$connections -d${duration}s, $tenant_count tenants, $(date -u +%Y-%m-%dT%H:%MZ)"
for backend in $BACKENDS; do
  case $backend in
    sqlite) bench_backend sqlite "sqlite:$work/sqlite/many/warden.db" "sqlite:$work/sqlite/one/warden.db" ;;
    postgres)
      # The throwaway server's URL names its postgres database; fresh_database makes new ones on it.
      bench_backend postgres "$(fresh_database "$postgres_url")" "$(fresh_database "$postgres_url")" ;;
    *) echo "bench: unknown backend '$backend' (sqlite, postgres)" >&2; exit 2 ;;
  esac
done
echo "# load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$failed"
