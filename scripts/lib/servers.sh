# Throwaway PostgreSQL and Redis servers on loopback, shared by scripts/test.sh and the benchmarks.
# Source it; call find_pg_bin, then start_postgres DIR PORT / start_redis DIR PORT; stop_servers on exit.

find_pg_bin() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  if [[ -z "$initdb" ]]; then
    initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [[ -n "$initdb" ]] && dirname "$(readlink -f "$initdb")"
}

# Below the kernel's ephemeral range (32768-60999 by default): a port there can be the local end of any outgoing
# connection, which a connect test does not see but which makes the server's bind fail. The tests' FreePort uses the
# same range and checks by binding, so it never hands out a port a server here listens on.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12768))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}

as_postgres=()

# start_postgres DIR PORT: a new cluster in DIR/pg (trust auth, superuser postgres), listening on 127.0.0.1:PORT.
start_postgres() {
  local dir=$1 port=$2 pg_bin
  pg_bin=$(find_pg_bin)
  chmod 755 "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    # initdb and postgres refuse to run as root.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$dir"
    as_postgres=(runuser -u postgres --)
  fi
  pg_dir=$dir
  (cd /tmp && "${as_postgres[@]}" "$pg_bin/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1) \
    || { cat "$dir/initdb.log" >&2; return 1; }
  (cd /tmp && "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c max_connections=300" start >/dev/null) \
    || { cat "$dir/pg.log" >&2; return 1; }
}

# start_redis DIR PORT
start_redis() {
  local dir=$1 port=$2
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no >"$dir/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

stop_servers() {
  if [[ -n "${pg_dir:-}" ]]; then
    (cd /tmp && "${as_postgres[@]}" "$(find_pg_bin)/pg_ctl" -D "$pg_dir/pg" -m immediate stop >/dev/null 2>&1) || true
  fi
  if [[ -n "${redis_pid:-}" ]]; then
    kill "$redis_pid" >/dev/null 2>&1 || true
  fi
}

# fresh_database URL: creates an empty database next to the one URL names (a superuser URL) and prints its URL,
# so that a benchmark never meets data (and signing keys under another master key) from an earlier run.
fresh_database() {
  local url=$1 name
  name="warden_bench_$(date +%s)_$RANDOM"
  psql "$url" -q -c "CREATE DATABASE $name" >/dev/null
  sed -E "s#(//[^/]+/)[^?]*#\1$name#" <<<"$url"
}
