-- 0001 initial: tenants, clients, signing keys and the audit trail.
-- Plain SQL: Warden applies it at start-up (or with `warden migrate`); it also runs as is with `psql -f`.

CREATE TABLE IF NOT EXISTS tenants (
    id          text        PRIMARY KEY,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO tenants (id, name) VALUES ('default', 'Default') ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS clients (
    tenant_id                   text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id                   text        NOT NULL,
    name                        text        NOT NULL,
    client_type                 text        NOT NULL CHECK (client_type IN ('confidential', 'public')),
    redirect_uris               text[]      NOT NULL DEFAULT '{}',
    post_logout_redirect_uris   text[]      NOT NULL DEFAULT '{}',
    grant_types                 text[]      NOT NULL DEFAULT '{}',
    scopes                      text[]      NOT NULL DEFAULT '{}',
    token_endpoint_auth_method  text        NOT NULL,
    first_party                 boolean     NOT NULL DEFAULT false,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, client_id)
);

CREATE TABLE IF NOT EXISTS signing_keys (
    tenant_id              text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key_id                 text        NOT NULL,
    algorithm              text        NOT NULL,
    public_jwk             text        NOT NULL,
    encrypted_private_key  bytea       NOT NULL,
    created_at             timestamptz NOT NULL,
    activates_at           timestamptz NOT NULL,
    retired_at             timestamptz,
    expires_at             timestamptz,
    PRIMARY KEY (tenant_id, key_id)
);

CREATE INDEX IF NOT EXISTS ix_signing_keys_expires_at ON signing_keys (expires_at);

CREATE TABLE IF NOT EXISTS audit_logs (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    occurred_at  timestamptz NOT NULL,
    event_type   text        NOT NULL,
    outcome      text        NOT NULL,
    client_id    text,
    user_id      text,
    ip_address   text,
    details      jsonb       NOT NULL DEFAULT '{}'
);

-- The audit queries filter by tenant and time, optionally by type, client or user; retention deletes by time.
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_time ON audit_logs (tenant_id, occurred_at DESC);
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_type_time ON audit_logs (tenant_id, event_type, occurred_at DESC);
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_client_time ON audit_logs (tenant_id, client_id, occurred_at DESC) WHERE client_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_audit_logs_tenant_user_time ON audit_logs (tenant_id, user_id, occurred_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_audit_logs_occurred_at ON audit_logs (occurred_at);
