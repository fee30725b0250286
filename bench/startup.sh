#!/usr/bin/env bash
# Startup time to a healthy /health and idle resident memory of a Release build of warden, against a bare ASP.NET
# Core minimal endpoint (bench/baseline) built and measured in the same run.
# Cases, each run RUNS times (default 5), interleaved (one of every case per round), reported as medians:
#   bare          bench/baseline with the SDK's defaults for a web project (server GC)
#   bare-wks      the same with DOTNET_gcServer=0 (workstation GC, what warden uses)
#   memory        warden serve on the memory backend (generates its signing keys on every start)
#   sqlite-first  warden serve in a fresh directory: creates the SQLite file, migrates, generates the signing keys
#   sqlite        the second start in that same directory: an existing database (the usual restart)
#   postgres      with BENCH_POSTGRES_URL, a fresh database per round (first start: migrations and keys)
# Each start is timed from exec to the first 200 of /health (polled every 10 ms); then 200 more /health requests,
# 1 s of quiet, and VmRSS ("idle RSS") and VmHWM (peak) are read before SIGTERM. "cpu" is the CPU time the process
# had used when /health first answered (all threads: the JIT's background tiering included).
#
#   bench/startup.sh                                    this checkout
#   COMPARE_REF=main bench/startup.sh                   also a build of that git ref, interleaved, as "ref:" rows
#   BENCH_POSTGRES_URL=postgres://… bench/startup.sh    adds postgres (a server Warden may create databases on)
#   KEEP=1 bench/startup.sh                             keeps the work directory (every server's log)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/servers.sh
source bench/lib/common.sh
runs=${RUNS:-5}
out=$(mktemp -d /tmp/warden-bench.XXXXXX)
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$out"' EXIT

publish_warden . "$out/bin"
dotnet publish bench/baseline -c Release -o "$out/baseline" -nologo -v quiet >/dev/null
builds=("new=$out/bin/warden")
if [[ -n "${COMPARE_REF:-}" ]]; then
  mkdir -p "$out/ref-src"
  git archive "$COMPARE_REF" | tar -x -C "$out/ref-src"
  publish_warden "$out/ref-src" "$out/ref"
  builds+=("ref=$out/ref/warden")
fi
# One master key for every run: runs against a shared PostgreSQL must decrypt the signing keys the first run stored.
export WARDEN_MASTER_KEY=$(openssl rand -base64 32)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }

# CPU time (user + system, all threads) the process has used so far: unlike the wall-clock time, hardly moved by other
# work on a shared machine, so it compares builds when the start-up times are noise.
cpu_ms() { sed -E 's/^.*\) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{print ($12 + $13) * 1000 / hz}'; }

declare -A times cpu rss peak
order=()

# Starts one server (in DIR, with the environment assignments given), records its startup time, idle RSS and peak.
measure() { # label, dir, command…  (command may start with environment assignments)
  local label=$1 dir=$2; shift 2
  # Below the ephemeral range (32768 and up): the /health requests' closed client ports must not collide with it.
  local port=$((20000 + RANDOM % 12000))
  [[ -v "times[$label]" ]] || order+=("$label")
  mkdir -p "$dir"
  local start; start=$(now_ms)
  (cd "$dir" && exec env "$@" --urls "http://127.0.0.1:$port" >>"$dir/log" 2>&1) &
  local pid=$! healthy=
  for _ in $(seq 1000); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true) == 200 ]] && { healthy=1; break; }
    sleep 0.01
  done
  [[ -n "$healthy" ]] || { echo "bench: $label did not become healthy (log: $dir/log)" >&2; tail -n 20 "$dir/log" >&2; exit 1; }
  times[$label]+="$(($(now_ms) - start)) "
  cpu[$label]+="$(cpu_ms "$pid") "
  for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/health" || true; done
  sleep 1
  rss[$label]+="$(kib "$pid" VmRSS) "
  peak[$label]+="$(kib "$pid" VmHWM) "
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

for i in $(seq "$runs"); do
  measure bare "$out/bare-$i" "$out/baseline/baseline"
  measure bare-wks "$out/bare-wks-$i" DOTNET_gcServer=0 "$out/baseline/baseline"
  for build in "${builds[@]}"; do
    name=${build%%=*} warden=${build#*=} prefix=
    [[ $name == ref ]] && prefix="ref:"
    measure "${prefix}memory" "$out/$name-memory-$i" DB_TYPE=memory "$warden" serve
    measure "${prefix}sqlite-first" "$out/$name-sqlite-$i" DB_TYPE=sqlite "$warden" serve
    measure "${prefix}sqlite" "$out/$name-sqlite-$i" DB_TYPE=sqlite "$warden" serve
    if [[ -n "${BENCH_POSTGRES_URL:-}" ]]; then
      measure "${prefix}postgres" "$out/$name-postgres-$i" DATABASE_URL="$(fresh_database "$BENCH_POSTGRES_URL")" "$warden" serve
    fi
  done
done

bare_ms=$(tr ' ' '\n' <<<"${times[bare]}" | grep . | median)
bare_kib=$(tr ' ' '\n' <<<"${rss[bare]}" | grep . | median)
bare_cpu=$(tr ' ' '\n' <<<"${cpu[bare]}" | grep . | median)
echo "# warden $("$out/bin/warden" version | awk '{print $2}')${COMPARE_REF:+ (ref: $COMPARE_REF)}, $(nproc) cores, $runs rounds, medians, $(date -u +%Y-%m-%dT%H:%MZ)"
for label in "${order[@]}"; do
  t=$(tr ' ' '\n' <<<"${times[$label]}" | grep . | median)
  r=$(tr ' ' '\n' <<<"${rss[$label]}" | grep . | median)
  p=$(tr ' ' '\n' <<<"${peak[$label]}" | grep . | median)
  c=$(tr ' ' '\n' <<<"${cpu[$label]}" | grep . | median)
  printf '%-17s startup %6s ms (%4.2f x bare)   cpu %5s ms (%4.2f x bare)   idle RSS %6.1f MiB (%4.2f x bare)   peak %6.1f MiB\n' \
    "$label" "$t" "$(bc -l <<<"$t / $bare_ms")" "$c" "$(bc -l <<<"$c / $bare_cpu")" "$(bc -l <<<"$r / 1024")" \
    "$(bc -l <<<"$r / $bare_kib")" "$(bc -l <<<"$p / 1024")"
done
