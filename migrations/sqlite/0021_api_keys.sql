-- 0021 API keys: long-lived credentials of a tenant, owned by exactly one user or client of it (deleted with their
-- owner), with scopes and an optional expiry. Only the keyed hash (HMAC-SHA256 under the master key) of the whole key
-- is stored; public_id is the key's visible part, unique across tenants, by which a presented key is found.
-- last_used_at is written in batches. Cleanup deletes keys expired or revoked longer than the retention ago.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); UUIDs are text; scopes a JSON array.

CREATE TABLE IF NOT EXISTS api_keys (
    public_id    TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    user_id      TEXT    REFERENCES users (id) ON DELETE CASCADE,
    client_id    TEXT,
    scopes       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER,
    revoked_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE,
    CONSTRAINT ck_api_keys_one_owner CHECK ((user_id IS NULL) <> (client_id IS NULL))
) STRICT;

CREATE INDEX IF NOT EXISTS ix_api_keys_tenant_created ON api_keys (tenant_id, created_at, public_id);
CREATE INDEX IF NOT EXISTS ix_api_keys_expires_at ON api_keys (expires_at);
CREATE INDEX IF NOT EXISTS ix_api_keys_revoked_at ON api_keys (revoked_at);
CREATE INDEX IF NOT EXISTS ix_api_keys_user ON api_keys (user_id);
CREATE INDEX IF NOT EXISTS ix_api_keys_client ON api_keys (tenant_id, client_id);
