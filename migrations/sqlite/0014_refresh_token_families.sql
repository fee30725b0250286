-- 0014 refresh token families: each family (every refresh token descended from one authorization) gets a row of its
-- own, which a rotation holds while it consumes the presented token and writes its successor in one transaction, and
-- which records the family's revocation (until now a 'family:'-prefixed row of revoked_tokens). Tokens remember the
-- token they replaced (parent_id), so a retry within the reuse grace window can find the successor it supersedes;
-- rows written before take null. A family row lives until the latest expiry of its tokens (cleanup then deletes it).
-- Existing revoked families move over with their revocation time; every other family of existing tokens is recorded,
-- revoked when all its tokens are. UUIDs are text (the 'family:' entries hold them without hyphens); times are Unix
-- milliseconds. In the upsert an unqualified column is the existing row's (the table may carry a prefix).

CREATE TABLE IF NOT EXISTS refresh_token_families (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER,
    PRIMARY KEY (tenant_id, id)
) STRICT;

CREATE INDEX IF NOT EXISTS ix_refresh_token_families_expires_at ON refresh_token_families (expires_at);

ALTER TABLE refresh_tokens ADD COLUMN parent_id TEXT;
CREATE INDEX IF NOT EXISTS ix_refresh_tokens_parent ON refresh_tokens (tenant_id, parent_id) WHERE parent_id IS NOT NULL;

INSERT INTO refresh_token_families (tenant_id, id, client_id, expires_at, revoked_at)
    SELECT tenant_id,
        lower(substr(jti, 8, 8) || '-' || substr(jti, 16, 4) || '-' || substr(jti, 20, 4) || '-' || substr(jti, 24, 4) || '-' || substr(jti, 28, 12)),
        client_id, expires_at, revoked_at
    FROM revoked_tokens WHERE jti LIKE 'family:%'
    ON CONFLICT (tenant_id, id) DO NOTHING;
DELETE FROM revoked_tokens WHERE jti LIKE 'family:%';

INSERT INTO refresh_token_families (tenant_id, id, client_id, expires_at, revoked_at)
    SELECT tenant_id, family_id, min(client_id), max(expires_at), CASE WHEN count(revoked_at) = count(*) THEN max(revoked_at) END
    FROM refresh_tokens WHERE true GROUP BY tenant_id, family_id
    ON CONFLICT (tenant_id, id) DO UPDATE SET expires_at = max(expires_at, excluded.expires_at);
