-- 0004 scopes: what clients may request, what the consent page shows, which user claims each releases.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); claims are a JSON array; booleans are 0/1.

CREATE TABLE IF NOT EXISTS scopes (
    tenant_id         TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    description       TEXT    NOT NULL DEFAULT '',
    claims            TEXT    NOT NULL DEFAULT '[]',
    requires_consent  INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
