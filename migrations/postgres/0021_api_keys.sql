-- 0021 API keys: long-lived credentials of a tenant, owned by exactly one user or client of it (deleted with their
-- owner), with scopes and an optional expiry. Only the keyed hash (HMAC-SHA256 under the master key) of the whole key
-- is stored; public_id is the key's visible part, unique across tenants, by which a presented key is found.
-- last_used_at is written in batches. Cleanup deletes keys expired or revoked longer than the retention ago.
-- Idempotent, so it also runs with `psql -f`.

CREATE TABLE IF NOT EXISTS api_keys (
    public_id    text        COLLATE "C" PRIMARY KEY,
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    secret_hash  bytea       NOT NULL,
    user_id      uuid        REFERENCES users (id) ON DELETE CASCADE,
    client_id    text,
    scopes       text[]      NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE,
    CONSTRAINT ck_api_keys_one_owner CHECK ((user_id IS NULL) <> (client_id IS NULL))
);

CREATE INDEX IF NOT EXISTS ix_api_keys_tenant_created ON api_keys (tenant_id, created_at, public_id);
CREATE INDEX IF NOT EXISTS ix_api_keys_expires_at ON api_keys (expires_at);
CREATE INDEX IF NOT EXISTS ix_api_keys_revoked_at ON api_keys (revoked_at);
CREATE INDEX IF NOT EXISTS ix_api_keys_user ON api_keys (user_id);
CREATE INDEX IF NOT EXISTS ix_api_keys_client ON api_keys (tenant_id, client_id);

-- The cron form of the cleanup (0010, 0014) also deletes API keys expired or revoked more than 30 days ago, the
-- retention of the built-in cleanup.
CREATE OR REPLACE FUNCTION cleanup_expired_data(audit_retention interval DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    total bigint := 0;
    n bigint;
BEGIN
    DELETE FROM authorization_codes WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM device_codes WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_token_families WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM reference_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM revoked_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM registration_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM api_keys WHERE expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days';
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    IF audit_retention IS NOT NULL THEN
        DELETE FROM audit_logs WHERE occurred_at < now() - audit_retention;
        GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    END IF;
    RETURN total;
END;
$$;
