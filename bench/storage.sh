#!/usr/bin/env bash
# Storage growth and cleanup time of refresh tokens, on SQLite and on PostgreSQL.
# Per backend: `warden migrate` on an empty database, then ROWS refresh tokens are bulk-inserted with SQL
# (a recursive CTE on SQLite, generate_series on PostgreSQL) shaped like real rows: a 32-byte hash, random uuids for
# id, family and user, four scopes, a session id, times 30 days apart. Reports the bytes they take (SQLite: the
# file size after a WAL checkpoint, before and after; PostgreSQL: pg_total_relation_size('refresh_tokens'), table,
# indexes and TOAST) and scales to a million. Then marks every row expired (an UPDATE, then a checkpoint or
# VACUUM so that the cleanup does not pay for the update's dead rows) and times `warden cleanup` (deletes in batches
# of 1000), scaled to a million rows. One JSON line per backend.
#
#   bench/storage.sh                  ROWS=1000000 by default
#   ROWS=200000 bench/storage.sh      a shorter run, figures scaled to a million
#   BENCH_POSTGRES_URL=postgres://…   use this PostgreSQL (superuser URL) instead of starting a throwaway one
#   BACKENDS=sqlite                   only some backends
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/servers.sh
source bench/lib/common.sh

rows=${ROWS:-1000000}
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is missing" >&2; exit 1; }

bench_setup

bench_postgres_url

report() { # backend, bytes before, bytes after insert, insert ms, cleanup ms, deleted, bytes after cleanup
  awk -v b="$1" -v rows="$rows" -v before="$2" -v after="$3" -v ins="$4" -v clean="$5" -v deleted="$6" -v left="$7" 'BEGIN {
    scale = 1000000 / rows
    printf "{\"backend\":\"%s\",\"rows\":%d,\"bytes_before\":%d,\"bytes_after_insert\":%d,\"bytes_per_row\":%.0f,\"mib_per_million\":%.0f,\"insert_s\":%.1f,\"cleanup_s\":%.1f,\"cleanup_s_per_million\":%.1f,\"deleted\":%d,\"bytes_after_cleanup\":%d}\n",
      b, rows, before, after, (after - before) / rows, (after - before) * scale / 1048576, ins / 1000, clean / 1000, clean * scale / 1000, deleted, left
  }'
  if [[ "$6" != "$rows" ]]; then echo "bench: ERROR: $1 cleanup deleted $6 of $rows rows" >&2; failed=1; fi
}

cleanup() { # prints "milliseconds deleted"
  local start output
  start=$(now_ms)
  output=$("$warden" cleanup --json)
  echo "$(($(now_ms) - start)) $(grep -oE '"refresh_tokens":[0-9]+' <<<"$output" | grep -oE '[0-9]+$' || echo 0)"
}

bench_sqlite() {
  local db="$work/sqlite/warden.db"
  mkdir -p "$work/sqlite"
  export DATABASE_URL="sqlite:$db"
  (cd "$work/sqlite" && "$warden" migrate >/dev/null)
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  local before; before=$(stat -c %s "$db")
  local start; start=$(now_ms)
  sqlite3 "$db" <<SQL >/dev/null
PRAGMA journal_mode=WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows),
u(i, a, b, c) AS (SELECT i, lower(hex(randomblob(16))), lower(hex(randomblob(16))), lower(hex(randomblob(16))) FROM n)
INSERT INTO refresh_tokens (token_hash, id, family_id, tenant_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at)
SELECT randomblob(32),
  substr(a,1,8)||'-'||substr(a,9,4)||'-4'||substr(a,14,3)||'-8'||substr(a,18,3)||'-'||substr(a,21,12),
  substr(b,1,8)||'-'||substr(b,9,4)||'-4'||substr(b,14,3)||'-8'||substr(b,18,3)||'-'||substr(b,21,12),
  'default', 'bench-client-00000001',
  substr(c,1,8)||'-'||substr(c,9,4)||'-4'||substr(c,14,3)||'-8'||substr(c,18,3)||'-'||substr(c,21,12),
  '["openid","profile","email","offline_access"]', hex(randomblob(16)),
  CAST(strftime('%s','now') AS INTEGER) * 1000 - i, CAST(strftime('%s','now') AS INTEGER) * 1000 - i,
  CAST(strftime('%s','now') AS INTEGER) * 1000 + 2592000000
FROM u;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
  local insert_ms=$(($(now_ms) - start))
  local after; after=$(stat -c %s "$db")
  sqlite3 "$db" "UPDATE refresh_tokens SET expires_at = CAST(strftime('%s','now') AS INTEGER) * 1000 - 3600000; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  local ms deleted
  read -r ms deleted < <(cd "$work/sqlite" && cleanup)
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  report sqlite "$before" "$after" "$insert_ms" "$ms" "$deleted" "$(stat -c %s "$db")"
}

bench_postgres() {
  export DATABASE_URL=$postgres_url
  mkdir -p "$work/postgres"
  (cd "$work/postgres" && "$warden" migrate >/dev/null)
  local size="SELECT pg_total_relation_size('refresh_tokens')"
  local before; before=$(psql "$postgres_url" -qtAc "$size")
  local start; start=$(now_ms)
  psql "$postgres_url" -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
INSERT INTO refresh_tokens (token_hash, id, family_id, tenant_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at)
SELECT decode(md5(random()::text) || md5(random()::text), 'hex'), gen_random_uuid(), gen_random_uuid(), 'default',
  'bench-client-00000001', gen_random_uuid(), ARRAY['openid','profile','email','offline_access'], md5(random()::text),
  now() - i * interval '1 ms', now() - i * interval '1 ms', now() + interval '30 days'
FROM generate_series(1, $rows) AS i;
SQL
  local insert_ms=$(($(now_ms) - start))
  psql "$postgres_url" -qc "VACUUM ANALYZE refresh_tokens" >/dev/null
  local after; after=$(psql "$postgres_url" -qtAc "$size")
  psql "$postgres_url" -qc "UPDATE refresh_tokens SET expires_at = now() - interval '1 hour'" -c "VACUUM ANALYZE refresh_tokens" >/dev/null
  local ms deleted
  read -r ms deleted < <(cd "$work/postgres" && cleanup)
  report postgres "$before" "$after" "$insert_ms" "$ms" "$deleted" "$(psql "$postgres_url" -qtAc "$size")"
}

echo "# warden $("$warden" version | awk '{print $2}'), $(nproc) cores, $rows refresh tokens, $(date -u +%Y-%m-%dT%H:%MZ)"
for backend in ${BACKENDS:-sqlite postgres}; do
  case $backend in
    sqlite) bench_sqlite ;;
    postgres) bench_postgres ;;
  esac
done
exit "$failed"
