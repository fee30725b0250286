#!/usr/bin/env bash
# Makes the upgrade fixtures of one earlier release: a database written by that release's own binary, with rows in
# every table, and the plaintext credentials that UpgradeTests needs to show each of them still works after the
# current build migrates the database. The suite reads the committed files and needs neither this script nor the
# old release.
#
#   tests/Warden.Tests/Fixtures/upgrade/make-fixtures.sh 54f71de
#
# writes tests/Warden.Tests/Fixtures/upgrade/v<commit>/<backend>/{warden.sql,credentials.json} for the backends
# sqlite, sqlite-prefixed (database.table_prefix acme_) and postgres, and v<commit>/migrations.sha256. It
#   1. exports the commit with `git archive` into a temporary directory and builds it (Release);
#   2. with that binary and a fixed master key (RunningWarden.MasterKey, bytes 1..32) runs migrate, seed, and the
#      clients, users, scopes, settings, keys and registration-tokens verbs;
#   3. starts `warden serve` on a free loopback port and drives it over HTTP: client_credentials with
#      client_secret_basic, client_secret_post and a reference-token client, a revocation, the authorization code flow
#      with PKCE (sign-in at /login, consent) redeemed for a refresh token, a device authorization, a dynamic
#      registration; then stops the server;
#   4. dumps the database: `sqlite3 .dump`, or `pg_dump --no-owner --no-privileges --column-inserts` (plain SQL that
#      Npgsql can run without COPY), and writes credentials.json.
# Lifetimes are the longest the release accepts (access tokens 24 h, refresh tokens 1 year, device codes 1 h), so the
# tests read them with the time pinned or, where a credential has expired by then, assert the expired answer.
# Needs: dotnet, git, python3, sqlite3, curl, and for PostgreSQL WARDEN_TEST_POSTGRES_URL (a superuser URL; the
# script creates and drops a database of its own) and pg_dump (/usr/lib/postgresql/15/bin or PATH).
set -euo pipefail
commit="${1:?usage: make-fixtures.sh <commit of the earlier release>}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
short="$(git -C "$repo" rev-parse --short=7 "$commit")"
work="$(mktemp -d /tmp/warden-fixture-XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "building $short in $work/src"
mkdir -p "$work/src"
git -C "$repo" archive "$short" | tar -x -C "$work/src"
dotnet build "$work/src/src/Warden/Warden.csproj" -c Release -nologo -v q -o "$work/bin" >/dev/null

export PATH="/usr/lib/postgresql/15/bin:$PATH"
export FIXTURE_COMMIT="$short" FIXTURE_WORK="$work" FIXTURE_OUT="$here/v$short"
python3 "$here/make-fixtures.py"
# The release's migration files as it shipped them: UpgradeTests checks that this build's files of those numbers are
# unchanged (sha256sum's format; the same digest Warden records in schema_migrations.checksum).
(cd "$work/src" && sha256sum migrations/*/*.sql) > "$FIXTURE_OUT/migrations.sha256"
echo "wrote $FIXTURE_OUT/migrations.sha256"
