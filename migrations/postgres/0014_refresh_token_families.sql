-- 0014 refresh token families: each family (every refresh token descended from one authorization) gets a row of its
-- own, which a rotation holds while it consumes the presented token and writes its successor in one transaction, and
-- which records the family's revocation (until now a 'family:'-prefixed row of revoked_tokens). Tokens remember the
-- token they replaced (parent_id), so a retry within the reuse grace window can find the successor it supersedes;
-- rows written before take null. A family row lives until the latest expiry of its tokens (cleanup then deletes it).
-- Existing revoked families move over with their revocation time; every other family of existing tokens is recorded,
-- revoked when all its tokens are. Idempotent, so it also runs with `psql -f`.

CREATE TABLE IF NOT EXISTS refresh_token_families (
    tenant_id   text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    client_id   text        NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS ix_refresh_token_families_expires_at ON refresh_token_families (expires_at);

ALTER TABLE refresh_tokens ADD COLUMN IF NOT EXISTS parent_id uuid;
CREATE INDEX IF NOT EXISTS ix_refresh_tokens_parent ON refresh_tokens (tenant_id, parent_id) WHERE parent_id IS NOT NULL;

INSERT INTO refresh_token_families (tenant_id, id, client_id, expires_at, revoked_at)
    SELECT tenant_id, substr(jti, 8)::uuid, client_id, expires_at, revoked_at FROM revoked_tokens WHERE jti LIKE 'family:%'
    ON CONFLICT (tenant_id, id) DO NOTHING;
DELETE FROM revoked_tokens WHERE jti LIKE 'family:%';

INSERT INTO refresh_token_families AS f (tenant_id, id, client_id, expires_at, revoked_at)
    SELECT tenant_id, family_id, min(client_id), max(expires_at), CASE WHEN count(revoked_at) = count(*) THEN max(revoked_at) END
    FROM refresh_tokens GROUP BY tenant_id, family_id
    ON CONFLICT (tenant_id, id) DO UPDATE SET expires_at = GREATEST(f.expires_at, excluded.expires_at);

-- The cleanup function of 0010, now also deleting expired families (after their tokens).
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
    IF audit_retention IS NOT NULL THEN
        DELETE FROM audit_logs WHERE occurred_at < now() - audit_retention;
        GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    END IF;
    RETURN total;
END;
$$;
