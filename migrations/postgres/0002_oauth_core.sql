-- 0002 OAuth core: client token settings, client secrets, reference (opaque) access tokens, revoked JWTs.
-- Idempotent, so it also runs as is with `psql -f`.

ALTER TABLE clients ADD COLUMN IF NOT EXISTS access_token_format text NOT NULL DEFAULT 'jwt'
    CHECK (access_token_format IN ('jwt', 'reference'));
ALTER TABLE clients ADD COLUMN IF NOT EXISTS access_token_lifetime integer CHECK (access_token_lifetime > 0);
ALTER TABLE clients ADD COLUMN IF NOT EXISTS signing_algorithm text;
ALTER TABLE clients ADD COLUMN IF NOT EXISTS resources text[] NOT NULL DEFAULT '{}';
ALTER TABLE clients ADD COLUMN IF NOT EXISTS jwks text;
ALTER TABLE clients ADD COLUMN IF NOT EXISTS jwks_uri text;

-- Only a keyed hash of each secret is stored; the secret itself is shown once, when it is created.
CREATE TABLE IF NOT EXISTS client_secrets (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL,
    client_id    text        NOT NULL,
    secret_hash  bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS ix_client_secrets_client ON client_secrets (tenant_id, client_id);
CREATE INDEX IF NOT EXISTS ix_client_secrets_expires_at ON client_secrets (expires_at);

CREATE TABLE IF NOT EXISTS reference_tokens (
    token_hash  bytea       PRIMARY KEY,
    tenant_id   text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id   text        NOT NULL,
    subject     text        NOT NULL,
    scopes      text[]      NOT NULL DEFAULT '{}',
    audiences   text[]      NOT NULL DEFAULT '{}',
    jti         text        NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

CREATE INDEX IF NOT EXISTS ix_reference_tokens_expires_at ON reference_tokens (expires_at);

-- JWT access tokens are not stored; a revoked one is remembered by jti until it would have expired anyway.
CREATE TABLE IF NOT EXISTS revoked_tokens (
    tenant_id   text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti         text        NOT NULL,
    client_id   text        NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, jti)
);

CREATE INDEX IF NOT EXISTS ix_revoked_tokens_expires_at ON revoked_tokens (expires_at);
