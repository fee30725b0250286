-- 0002 OAuth core: client token settings, client secrets, reference (opaque) access tokens, revoked JWTs.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); lists are JSON arrays.

ALTER TABLE clients ADD COLUMN access_token_format TEXT NOT NULL DEFAULT 'jwt'
    CHECK (access_token_format IN ('jwt', 'reference'));
ALTER TABLE clients ADD COLUMN access_token_lifetime INTEGER CHECK (access_token_lifetime > 0);
ALTER TABLE clients ADD COLUMN signing_algorithm TEXT;
ALTER TABLE clients ADD COLUMN resources TEXT NOT NULL DEFAULT '[]';
ALTER TABLE clients ADD COLUMN jwks TEXT;
ALTER TABLE clients ADD COLUMN jwks_uri TEXT;

-- Only a keyed hash of each secret is stored; the secret itself is shown once, when it is created.
CREATE TABLE IF NOT EXISTS client_secrets (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret_hash  BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX IF NOT EXISTS ix_client_secrets_client ON client_secrets (tenant_id, client_id);
CREATE INDEX IF NOT EXISTS ix_client_secrets_expires_at ON client_secrets (expires_at);

CREATE TABLE IF NOT EXISTS reference_tokens (
    token_hash  BLOB    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    scopes      TEXT    NOT NULL DEFAULT '[]',
    audiences   TEXT    NOT NULL DEFAULT '[]',
    jti         TEXT    NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER
) STRICT;

CREATE INDEX IF NOT EXISTS ix_reference_tokens_expires_at ON reference_tokens (expires_at);

-- JWT access tokens are not stored; a revoked one is remembered by jti until it would have expired anyway.
CREATE TABLE IF NOT EXISTS revoked_tokens (
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti         TEXT    NOT NULL,
    client_id   TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, jti)
) STRICT;

CREATE INDEX IF NOT EXISTS ix_revoked_tokens_expires_at ON revoked_tokens (expires_at);
