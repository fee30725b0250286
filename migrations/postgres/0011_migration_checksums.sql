-- Each applied migration's checksum: the SHA-256 (lowercase hex) of its file's text with line endings as LF, before
-- any table prefix is applied. Warden records it when it applies a file and refuses to start when a released file has
-- changed since. Rows recorded by releases before this column existed are filled in by the next migrate.
-- The ledger is created here too (as Warden creates it) so that the file also runs by hand with psql -f.

CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer     PRIMARY KEY,
    name        text        NOT NULL,
    applied_at  timestamptz NOT NULL
);

ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text;
