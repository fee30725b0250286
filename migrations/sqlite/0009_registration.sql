-- 0009 registration: dynamic client registration (RFC 7591/7592). Initial access tokens (created by an operator, may
-- be single use and may expire) and registration access tokens (one client's, deleted with it), stored only as keyed
-- hashes; clients record how they came to exist and the registration metadata returned on reads.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); booleans are 0/1; UUIDs are text; metadata is a JSON object.

ALTER TABLE clients ADD COLUMN origin TEXT NOT NULL DEFAULT 'cli'
    CHECK (origin IN ('cli', 'registration'));
ALTER TABLE clients ADD COLUMN registration_metadata TEXT;

CREATE TABLE IF NOT EXISTS registration_tokens (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    token_hash   BLOB    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('initial_access', 'registration_access')),
    client_id    TEXT,
    single_use   INTEGER NOT NULL DEFAULT 0,
    expires_at   INTEGER,
    created_at   INTEGER NOT NULL,
    used_at      INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS ux_registration_tokens_token_hash ON registration_tokens (token_hash);
CREATE INDEX IF NOT EXISTS ix_registration_tokens_tenant_kind ON registration_tokens (tenant_id, kind, created_at);
CREATE INDEX IF NOT EXISTS ix_registration_tokens_client ON registration_tokens (tenant_id, client_id);
CREATE INDEX IF NOT EXISTS ix_registration_tokens_expires_at ON registration_tokens (expires_at);
