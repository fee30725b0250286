-- 0007 settings: system settings of a tenant (the site name, the policy and terms-of-service URIs discovery
-- advertises), named text values that `warden seed` creates and `warden settings` changes. Empty means unset.
-- Times are INTEGER milliseconds since the Unix epoch (UTC).

CREATE TABLE IF NOT EXISTS settings (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key         TEXT    NOT NULL,
    value       TEXT    NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
) STRICT;
