# Shared by the bench scripts (source after scripts/lib/servers.sh): a temporary work directory cleaned up on exit,
# a Release build of warden, an optional throwaway PostgreSQL, waiting for a server, and one wrk case per JSON line.

# Creates $work, publishes Release into $work/bin as $warden (or takes BENCH_BUILD, a directory published before),
# and sets one master key for the whole run.
bench_setup() {
  work=$(mktemp -d /tmp/warden-bench.XXXXXX)
  # Not "kill ${warden_pid:-0}": kill 0 signals the whole process group, this script included, before stop_servers.
  trap '[[ -n "${warden_pid:-}" ]] && kill "$warden_pid" 2>/dev/null; stop_servers; rm -rf "$work"' EXIT
  chmod 755 "$work"
  if [[ -n "${BENCH_BUILD:-}" ]]; then
    # A build published before (bench/README.md: several settings compared on one build without publishing again).
    warden="$(realpath "$BENCH_BUILD")/warden"
    [[ -x "$warden" ]] || { echo "bench: BENCH_BUILD=$BENCH_BUILD holds no warden executable" >&2; exit 1; }
  else
    publish_warden . "$work/bin"
    warden="$work/bin/warden"
  fi
  export WARDEN_MASTER_KEY=$(openssl rand -base64 32)
  export LOG_LEVEL=warn
}

# Sets $postgres_url: a fresh database on BENCH_POSTGRES_URL, or a throwaway server when BACKENDS includes postgres.
bench_postgres_url() {
  postgres_url=${BENCH_POSTGRES_URL:+$(fresh_database "$BENCH_POSTGRES_URL")}
  if [[ -z "$postgres_url" && " ${BACKENDS:-postgres} " == *" postgres "* ]]; then
    local port; port=$(free_port)
    mkdir -p "$work/pg-root"
    start_postgres "$work/pg-root" "$port"
    postgres_url="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  fi
}

now_ms() { date +%s%3N; }

# Publishes the checkout in SOURCE_DIR (this one, or a COMPARE_REF archive) into OUT the way its image does, with its
# scripts/publish.sh (Release, ReadyToRun where that script says so); a checkout from before that script, with dotnet publish.
publish_warden() { # source dir, output dir
  if [[ -f "$1/scripts/publish.sh" ]]; then
    bash "$1/scripts/publish.sh" "$2" -v quiet >/dev/null
  else
    dotnet publish "$1/src/Warden" -c Release -o "$2" -nologo -v quiet >/dev/null
  fi
}

# Waits (at most 30 s) until the server on 127.0.0.1:PORT answers /health with 200.
wait_healthy() {
  for _ in $(seq 300); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health" || true) == 200 ]] && return 0
    sleep 0.1
  done
  echo "bench: warden on port $1 did not become healthy" >&2
  return 1
}

# Runs wrk with $threads threads and $connections connections and prints its JSON line as {"case":LABEL,…}, with the
# ratio to CEILING (requests/s) unless that is empty. Sets $last_rps, $last_line (wrk's) and $last_printed (the printed one). Any non-2xx or socket error sets failed=1.
failed=0
run_wrk() { # label, ceiling rps or "", wrk arguments…
  local label=$1 ceiling=$2; shift 2
  local line
  line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" | tail -n 1)
  local rps; rps=$(sed -E 's/.*"rps":([0-9]+).*/\1/' <<<"$line")
  if [[ -n "$ceiling" ]]; then
    line="${line%\}},\"ratio_to_ceiling\":$(awk -v a="$rps" -v b="$ceiling" 'BEGIN {printf "%.3f", a / b}')}"
  fi
  last_printed="{\"case\":\"$label\",${line#\{}"
  echo "$last_printed"
  if ! grep -q '"non2xx":0,"socket_errors":0' <<<"$line"; then
    echo "bench: ERROR in '$label': $line" >&2
    failed=1
  fi
  last_rps=$rps
  last_line=$line
}
