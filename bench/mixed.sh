#!/usr/bin/env bash
# Mixed load and footprint: Release build of warden on SQLite and on PostgreSQL, driven by wrk on loopback.
# Per backend (and chain count, and build): creates a user, starts warden (open registration, cheap Argon2, 10-minute
# codes), reads the idle VmRSS, prepares with bench/prepare.mjs (a registered confidential client, a browser sign-in,
# authorization codes from /authorize, refresh-token chains, one JWT), then runs wrk with one connection per chain
# (wrk -tCHAINS -cCHAINS: refresh rotation is sequential per chain) against: the ceiling GET /health/live;
# client_credentials; authorization code redemption; refresh rotation; introspection of a JWT; and all four
# interleaved on every connection (bench/wrk/flows.lua). One JSON line per case with its ratio to the ceiling of the
# same backend in the same run; on PostgreSQL also the transactions (xact_commit + xact_rollback) and row writes
# (tup_inserted + tup_updated + tup_deleted) of warden's database per request, from pg_stat_database before and
# after the case (read STATS_SETTLE seconds after it, default 11: PostgreSQL 15+ reports an idle backend's counters
# within 10 s). Every case line also gives the CPU time per request of warden (`warden_cpu_ms_per_request`) and, with
# the throwaway PostgreSQL, of its processes (`postgres_cpu_ms_per_request`), from /proc before and after the case:
# unlike requests/s, these hardly move when other work shares the machine. Then a footprint line: VmRSS idle, VmHWM (peak) and VmRSS after the load. With COMPARE_REF, a build of
# that git ref runs the same cases right after (rows labelled "ref:"), and a last line per case gives new/ref for
# requests/s. Any non-2xx, socket error or connection that ran out of codes is reported on stderr and makes the
# script exit 1.
#
#   bench/mixed.sh                    DURATION=8 CHAINS=4 by default
#   CHAINS="4 32" bench/mixed.sh      several chain counts, one after the other (THREADS is the old name of CHAINS)
#   COMPARE_REF=d159dd8 BACKENDS=postgres CHAINS="4 32" bench/mixed.sh   old and new build paired in one run
#   BENCH_POSTGRES_URL=postgres://…   use this PostgreSQL (superuser URL) instead of starting a throwaway one
#   BACKENDS=sqlite                   only some backends
#   MAX_CODES=20000                   cap on the authorization codes collected per backend
#   CASES="refresh code"              only these cases (ceiling cc code refresh introspect mixed; default all)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/servers.sh
source bench/lib/common.sh

duration=${DURATION:-8}
chain_counts=${CHAINS:-${THREADS:-4}}
settle=${STATS_SETTLE:-11}
max_codes=${MAX_CODES:-20000}
cases=" ${CASES:-ceiling cc code refresh introspect mixed} "
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
command -v node >/dev/null || { echo "bench: node is missing" >&2; exit 1; }

bench_setup
builds=("new=$warden")
if [[ -n "${COMPARE_REF:-}" ]]; then
  mkdir -p "$work/ref-src"
  git archive "$COMPARE_REF" | tar -x -C "$work/ref-src"
  publish_warden "$work/ref-src" "$work/ref"
  builds+=("ref=$work/ref/warden")
fi
export WARDEN_REGISTRATION_POLICY=open WARDEN_AUTHORIZATION_CODE_LIFETIME=600
# prepare.mjs registers its client itself, with client_credentials and without scopes (so no consent page).
export WARDEN_REGISTRATION_ALLOWED_GRANT_TYPES="authorization_code refresh_token client_credentials" WARDEN_REGISTRATION_DEFAULT_SCOPES=""
export WARDEN_ARGON2_MEMORY=8192 WARDEN_ARGON2_ITERATIONS=1
# /authorize is limited to 300 a minute per address by default; the preparation collects thousands of codes.
export WARDEN_AUTHORIZE_PER_MINUTE=0 WARDEN_TOKEN_PER_MINUTE=0
password="bench horse battery staple"

bench_postgres_url

kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }

# pg_stat_database of warden's database (empty unless on PostgreSQL): transactions and row writes so far.
pg_counters() {
  [[ -n "$stats_url" ]] || return 0
  psql "$stats_url" -Atq -F ' ' -c "SELECT xact_commit + xact_rollback, tup_inserted + tup_updated + tup_deleted \
    FROM pg_stat_database WHERE datname = '$stats_database'"
}

# CPU clock ticks (utime + stime, /proc/PID/stat) used so far by warden and by the throwaway PostgreSQL's processes.
cpu_ticks() {
  local pids=$warden_pid postmaster
  if [[ -n "${pg_dir:-}" && -f "$pg_dir/pg/postmaster.pid" ]]; then
    postmaster=$(head -n 1 "$pg_dir/pg/postmaster.pid")
    pids="$pids $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  fi
  local warden_ticks=0 postgres_ticks=0 pid fields
  for pid in $pids; do
    fields=$(sed -E 's/^.*\) //' "/proc/$pid/stat" 2>/dev/null) || continue
    read -r -a stat <<<"$fields"
    # After the command name: field 14 (utime) and 15 (stime) of proc(5) are the 12th and 13th here.
    if [[ $pid == "$warden_pid" ]]; then warden_ticks=$((stat[11] + stat[12])); else postgres_ticks=$((postgres_ticks + stat[11] + stat[12])); fi
  done
  echo "$warden_ticks $postgres_ticks"
}

# Also an error: a thread that ran out of authorization codes (its requests/s would be understated). On PostgreSQL
# the line gains the case's transactions and row writes per request. Appends the line to $results.
run_case() { # label, ceiling rps or "", wrk arguments…
  local before after cpu_before cpu_after
  before=$(pg_counters)
  cpu_before=$(cpu_ticks)
  run_wrk "$@" >/dev/null
  cpu_after=$(cpu_ticks)
  local requests; requests=$(grep -o '"requests":[0-9]*' <<<"$last_line" | head -n 1 | cut -d: -f2)
  last_printed="${last_printed%\}},$(awk -v b="$cpu_before" -v a="$cpu_after" -v n="$requests" -v hz="$(getconf CLK_TCK)" -v pg="${pg_dir:+1}" 'BEGIN {
    split(b, x, " "); split(a, y, " ");
    printf "\"warden_cpu_ms_per_request\":%.3f", (y[1] - x[1]) * 1000 / hz / n
    if (pg) printf ",\"postgres_cpu_ms_per_request\":%.3f", (y[2] - x[2]) * 1000 / hz / n }')}"
  if [[ -n "$stats_url" ]]; then
    sleep "$settle"
    after=$(pg_counters)
    last_printed="${last_printed%\}},$(awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN {
      split(b, x, " "); split(a, y, " ");
      printf "\"xact_per_request\":%.2f,\"row_writes_per_request\":%.2f", (y[1] - x[1]) / n, (y[2] - x[2]) / n }')}"
  fi
  echo "$last_printed"
  echo "$last_printed" >>"$results"
  if grep -q '"threads_out_of_codes":[1-9]' <<<"$last_line"; then
    echo "bench: ERROR in '$1': a thread ran out of codes" >&2
    failed=1
  fi
}

bench_backend() { # name, database URL
  local name=$1 url=$2
  local dir="$work/$name" port
  rm -rf "$dir"
  mkdir -p "$dir"
  port=$(free_port)
  export DATABASE_URL=$url
  stats_url= stats_database=
  if [[ $url == postgres* ]]; then
    stats_database=$(sed -E 's#.*//[^/]+/([^?]*).*#\1#' <<<"$url")
    stats_url=$(sed -E "s#(//[^/]+/)[^?]*#\1postgres#" <<<"$url")
  fi
  (cd "$dir" && "$warden" users create --username bench --password "$password" >/dev/null)
  (cd "$dir" && exec "$warden" serve --urls "http://127.0.0.1:$port" >"$dir/warden.log" 2>&1) &
  warden_pid=$!
  wait_healthy "$port"
  sleep 1
  local idle_rss; idle_rss=$(kib "$warden_pid" VmRSS)
  local base="http://127.0.0.1:$port"

  # One client, one refresh chain per thread for the refresh case and one for the mixed case, one JWT; warm-up
  # (JIT, pools, caches) with client_credentials, whose rate sizes the codes: the redemption case gets
  # rate × duration (redemption does that work and more), the mixed case a quarter of that, capped at MAX_CODES.
  node bench/prepare.mjs "$base" "$dir" bench "$password" 0 "$((2 * threads))" 2>/dev/null
  export CLIENT_FILE="$dir/client" THREADS="$threads" ACCESS_TOKEN="$(cat "$dir/access_token")"
  local warm; warm=$(CASE=cc wrk -t"$threads" -c"$threads" -d3s -s bench/wrk/flows.lua "$base" | tail -n 1)
  local warm_rps; warm_rps=$(sed -E 's/.*"rps":([0-9]+).*/\1/' <<<"$warm")
  local code_count=$((warm_rps * duration * 5 / 4 + 100))
  ((code_count > max_codes)) && code_count=$max_codes
  node bench/prepare.mjs "$base" "$dir" bench "$password" "$code_count" "$((2 * threads))"
  export ACCESS_TOKEN="$(cat "$dir/access_token")"
  local code_total; code_total=$(wc -l <"$dir/codes")
  head -n "$((code_total * 4 / 5))" "$dir/codes" >"$dir/codes-redeem"
  tail -n "+$((code_total * 4 / 5 + 1))" "$dir/codes" >"$dir/codes-mixed"

  # The counters of the preparation reach pg_stat_database before the first case's are read.
  [[ -z "$stats_url" ]] || sleep "$settle"
  local ceiling=""
  if [[ $cases == *" ceiling "* ]]; then
    run_case "$name ceiling GET /health/live" "" -s bench/wrk/request.lua "$base/health/live"
    ceiling=$last_rps
  fi
  [[ $cases != *" cc "* ]] || CASE=cc run_case "$name client_credentials" "$ceiling" -s bench/wrk/flows.lua "$base"
  [[ $cases != *" code "* ]] || CASE=code CODES_FILE="$dir/codes-redeem" run_case "$name authorization_code redemption" "$ceiling" -s bench/wrk/flows.lua "$base"
  [[ $cases != *" refresh "* ]] || CASE=refresh REFRESH_FILE="$dir/refresh" REFRESH_OFFSET=0 run_case "$name refresh rotation" "$ceiling" -s bench/wrk/flows.lua "$base"
  [[ $cases != *" introspect "* ]] || CASE=introspect run_case "$name introspection (JWT)" "$ceiling" -s bench/wrk/flows.lua "$base"
  [[ $cases != *" mixed "* ]] || CASE=mixed CODES_FILE="$dir/codes-mixed" REFRESH_FILE="$dir/refresh" REFRESH_OFFSET="$threads" \
    run_case "$name mixed (cc, code, refresh, introspect in turn)" "$ceiling" -s bench/wrk/flows.lua "$base"
  local peak after
  peak=$(kib "$warden_pid" VmHWM)
  after=$(kib "$warden_pid" VmRSS)
  printf '{"case":"%s footprint","idle_rss_mib":%.1f,"peak_rss_mib":%.1f,"rss_after_load_mib":%.1f,"codes_collected":%d}\n' \
    "$name" "$(bc -l <<<"$idle_rss/1024")" "$(bc -l <<<"$peak/1024")" "$(bc -l <<<"$after/1024")" "$code_total"

  kill -TERM "$warden_pid"; wait "$warden_pid" 2>/dev/null || true
  warden_pid=
}

results="$work/results"
: >"$results"
echo "# warden $("$warden" version | awk '{print $2}')${COMPARE_REF:+ and ref $COMPARE_REF}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), chains $chain_counts (wrk -tN -cN), -d${duration}s, $(date -u +%Y-%m-%dT%H:%MZ)"
for chains in $chain_counts; do
  threads=$chains connections=$chains
  for build in "${builds[@]}"; do
    label=${build%%=*} warden=${build#*=} prefix=
    [[ $label == ref ]] && prefix="ref:"
    for backend in ${BACKENDS:-sqlite postgres}; do
      case $backend in
        sqlite) bench_backend "${prefix}sqlite/$chains" "sqlite:$work/sqlite-$label-$chains.db" ;;
        # A fresh database per build and chain count, so that each starts empty and its counters are its own.
        postgres) bench_backend "${prefix}postgres/$chains" "$(fresh_database "$postgres_url")" ;;
      esac
    done
  done
done
if [[ -n "${COMPARE_REF:-}" ]]; then
  # new/ref requests/s per case: "ref:NAME case" against "NAME case".
  awk '{ match($0, /"case":"[^"]*"/); c = substr($0, RSTART + 8, RLENGTH - 9); match($0, /"rps":[0-9]+/); r = substr($0, RSTART + 6, RLENGTH - 6)
         if (c ~ /^ref:/) ref[substr(c, 5)] = r; else { order[++n] = c; rps[c] = r } }
       END { for (i = 1; i <= n; i++) if (order[i] in ref && ref[order[i]] > 0)
               printf "{\"case\":\"%s\",\"rps_new\":%d,\"rps_ref\":%d,\"new_over_ref\":%.2f}\n", order[i], rps[order[i]], ref[order[i]], rps[order[i]] / ref[order[i]] }' "$results"
fi
exit "$failed"
