-- 0007 settings: system settings of a tenant (the site name, the policy and terms-of-service URIs discovery
-- advertises), named text values that `warden seed` creates and `warden settings` changes. Empty means unset.
-- Idempotent, so it also runs as is with `psql -f`.

-- Note: key uses the "C" collation so that ORDER BY key is byte order, as in SQLite and the memory backend,
-- whatever locale the database was created with.
CREATE TABLE IF NOT EXISTS settings (
    tenant_id   text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         text        COLLATE "C" NOT NULL,
    value       text        NOT NULL DEFAULT '',
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
