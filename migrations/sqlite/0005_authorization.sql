-- 0005 authorization: authorization codes, refresh tokens (in families, for rotation and reuse detection) and
-- remembered consents. Codes and tokens are stored only as keyed hashes.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); lists are JSON arrays; UUIDs are text.

CREATE TABLE IF NOT EXISTS authorization_codes (
    code_hash              BLOB    PRIMARY KEY,
    tenant_id              TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id              TEXT    NOT NULL,
    user_id                TEXT    NOT NULL,
    redirect_uri           TEXT    NOT NULL,
    scopes                 TEXT    NOT NULL DEFAULT '[]',
    nonce                  TEXT,
    code_challenge         TEXT,
    code_challenge_method  TEXT,
    session_id             TEXT,
    auth_time              INTEGER NOT NULL,
    created_at             INTEGER NOT NULL,
    expires_at             INTEGER NOT NULL,
    consumed_at            INTEGER
) STRICT;

CREATE INDEX IF NOT EXISTS ix_authorization_codes_expires_at ON authorization_codes (expires_at);

CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash   BLOB    PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    family_id    TEXT    NOT NULL,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id    TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    scopes       TEXT    NOT NULL DEFAULT '[]',
    session_id   TEXT,
    auth_time    INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    consumed_at  INTEGER,
    revoked_at   INTEGER
) STRICT;

CREATE INDEX IF NOT EXISTS ix_refresh_tokens_family ON refresh_tokens (tenant_id, family_id);
CREATE INDEX IF NOT EXISTS ix_refresh_tokens_expires_at ON refresh_tokens (expires_at);

CREATE TABLE IF NOT EXISTS consents (
    tenant_id   TEXT    NOT NULL,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id   TEXT    NOT NULL,
    scopes      TEXT    NOT NULL DEFAULT '[]',
    granted_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, user_id, client_id),
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;
