-- 0001 initial: tenants, clients, signing keys and the audit trail.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); lists are JSON arrays; booleans are 0/1.
-- Plain SQL: Warden applies it at start-up (or with `warden migrate`); it also runs as is with `sqlite3 db < file`.

CREATE TABLE IF NOT EXISTS tenants (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

INSERT INTO tenants (id, name, created_at) VALUES ('default', 'Default', CAST(strftime('%s', 'now') AS INTEGER) * 1000)
    ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS clients (
    tenant_id                   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id                   TEXT    NOT NULL,
    name                        TEXT    NOT NULL,
    client_type                 TEXT    NOT NULL CHECK (client_type IN ('confidential', 'public')),
    redirect_uris               TEXT    NOT NULL DEFAULT '[]',
    post_logout_redirect_uris   TEXT    NOT NULL DEFAULT '[]',
    grant_types                 TEXT    NOT NULL DEFAULT '[]',
    scopes                      TEXT    NOT NULL DEFAULT '[]',
    token_endpoint_auth_method  TEXT    NOT NULL,
    first_party                 INTEGER NOT NULL DEFAULT 0,
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, client_id)
) STRICT;

CREATE TABLE IF NOT EXISTS signing_keys (
    tenant_id              TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key_id                 TEXT    NOT NULL,
    algorithm              TEXT    NOT NULL,
    public_jwk             TEXT    NOT NULL,
    encrypted_private_key  BLOB    NOT NULL,
    created_at             INTEGER NOT NULL,
    activates_at           INTEGER NOT NULL,
    retired_at             INTEGER,
    expires_at             INTEGER,
    PRIMARY KEY (tenant_id, key_id)
) STRICT;

CREATE INDEX IF NOT EXISTS ix_signing_keys_expires_at ON signing_keys (expires_at);

CREATE TABLE IF NOT EXISTS audit_logs (
    id           TEXT    PRIMARY KEY,
    tenant_id    TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    occurred_at  INTEGER NOT NULL,
    event_type   TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    client_id    TEXT,
    user_id      TEXT,
    ip_address   TEXT,
    details      TEXT    NOT NULL DEFAULT '{}'
) STRICT;

-- The audit queries filter by tenant and time, optionally by type, client or user; retention deletes by time.
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_time ON audit_logs (tenant_id, occurred_at DESC);
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_type_time ON audit_logs (tenant_id, event_type, occurred_at DESC);
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_client_time ON audit_logs (tenant_id, client_id, occurred_at DESC) WHERE client_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_user_time ON audit_logs (tenant_id, user_id, occurred_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_audit_logs_occurred_at ON audit_logs (occurred_at);
