-- 0004 scopes: what clients may request, what the consent page shows, which user claims each releases.
-- Idempotent, so it also runs as is with `psql -f`.

CREATE TABLE IF NOT EXISTS scopes (
    tenant_id         text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              text        NOT NULL,
    display_name      text        NOT NULL,
    description       text        NOT NULL DEFAULT '',
    claims            text[]      NOT NULL DEFAULT '{}',
    requires_consent  boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
