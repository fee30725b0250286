-- 0009 registration: dynamic client registration (RFC 7591/7592). Initial access tokens (created by an operator, may
-- be single use and may expire) and registration access tokens (one client's, deleted with it), stored only as keyed
-- hashes; clients record how they came to exist and the registration metadata returned on reads.
-- Idempotent, so it also runs with `psql -f`.

ALTER TABLE clients ADD COLUMN IF NOT EXISTS origin text NOT NULL DEFAULT 'cli'
    CHECK (origin IN ('cli', 'registration'));
ALTER TABLE clients ADD COLUMN IF NOT EXISTS registration_metadata jsonb;

CREATE TABLE IF NOT EXISTS registration_tokens (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    token_hash   bytea       NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('initial_access', 'registration_access')),
    client_id    text,
    single_use   boolean     NOT NULL DEFAULT false,
    expires_at   timestamptz,
    created_at   timestamptz NOT NULL,
    used_at      timestamptz,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_registration_tokens_token_hash ON registration_tokens (token_hash);
CREATE INDEX IF NOT EXISTS ix_registration_tokens_tenant_kind ON registration_tokens (tenant_id, kind, created_at);
CREATE INDEX IF NOT EXISTS ix_registration_tokens_client ON registration_tokens (tenant_id, client_id);
CREATE INDEX IF NOT EXISTS ix_registration_tokens_expires_at ON registration_tokens (expires_at);
