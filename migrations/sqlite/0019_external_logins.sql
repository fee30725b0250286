-- 0019 external logins: upstream identity providers stored by `warden providers add` (config.yaml may declare more,
-- which never reach this table) and the upstream accounts linked to local users. A provider's client secret is
-- encrypted under the master key (AES-256-GCM, as signing keys are); an upstream account (provider, subject) is
-- linked to at most one user; deleting a user deletes their links. Upstream tokens are kept (encrypted) only when the
-- provider's store_tokens asks for it. Times are INTEGER milliseconds since the Unix epoch (UTC); booleans are 0/1;
-- UUIDs are text; scopes a JSON array; claim_mapping a JSON object.

CREATE TABLE IF NOT EXISTS identity_providers (
    tenant_id                  TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                       TEXT    NOT NULL,
    display_name               TEXT    NOT NULL,
    kind                       TEXT    NOT NULL CHECK (kind IN ('oidc', 'oauth2')),
    preset                     TEXT,
    issuer                     TEXT,
    authorization_endpoint     TEXT,
    token_endpoint             TEXT,
    userinfo_endpoint          TEXT,
    client_id                  TEXT    NOT NULL,
    encrypted_client_secret    BLOB,
    token_endpoint_auth_method TEXT    NOT NULL,
    scopes                     TEXT    NOT NULL,
    claim_mapping              TEXT    NOT NULL,
    link_policy                TEXT    NOT NULL CHECK (link_policy IN ('create', 'link_verified_email', 'account_page')),
    show_button                INTEGER NOT NULL,
    store_tokens               INTEGER NOT NULL,
    created_at                 INTEGER NOT NULL,
    updated_at                 INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;

CREATE TABLE IF NOT EXISTS external_logins (
    id               TEXT    PRIMARY KEY,
    tenant_id        TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider         TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    user_id          TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email            TEXT,
    email_verified   INTEGER NOT NULL,
    linked_at        INTEGER NOT NULL,
    last_used_at     INTEGER NOT NULL,
    encrypted_tokens BLOB
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS ux_external_logins_subject ON external_logins (tenant_id, provider, subject);
CREATE INDEX IF NOT EXISTS ix_external_logins_user ON external_logins (tenant_id, user_id, linked_at);
