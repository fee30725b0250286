-- 0005 authorization: authorization codes, refresh tokens (in families, for rotation and reuse detection) and
-- remembered consents. Codes and tokens are stored only as keyed hashes. Idempotent, so it also runs with `psql -f`.

CREATE TABLE IF NOT EXISTS authorization_codes (
    code_hash              bytea       PRIMARY KEY,
    tenant_id              text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id              text        NOT NULL,
    user_id                uuid        NOT NULL,
    redirect_uri           text        NOT NULL,
    scopes                 text[]      NOT NULL DEFAULT '{}',
    nonce                  text,
    code_challenge         text,
    code_challenge_method  text,
    session_id             text,
    auth_time              timestamptz NOT NULL,
    created_at             timestamptz NOT NULL,
    expires_at             timestamptz NOT NULL,
    consumed_at            timestamptz
);

CREATE INDEX IF NOT EXISTS ix_authorization_codes_expires_at ON authorization_codes (expires_at);

CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash   bytea       PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,
    family_id    uuid        NOT NULL,
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id    text        NOT NULL,
    user_id      uuid        NOT NULL,
    scopes       text[]      NOT NULL DEFAULT '{}',
    session_id   text,
    auth_time    timestamptz NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    consumed_at  timestamptz,
    revoked_at   timestamptz
);

CREATE INDEX IF NOT EXISTS ix_refresh_tokens_family ON refresh_tokens (tenant_id, family_id);
CREATE INDEX IF NOT EXISTS ix_refresh_tokens_expires_at ON refresh_tokens (expires_at);

CREATE TABLE IF NOT EXISTS consents (
    tenant_id   text        NOT NULL,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id   text        NOT NULL,
    scopes      text[]      NOT NULL DEFAULT '{}',
    granted_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id, client_id),
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
);
