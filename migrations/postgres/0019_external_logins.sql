-- 0019 external logins: upstream identity providers stored by `warden providers add` (config.yaml may declare more,
-- which never reach this table) and the upstream accounts linked to local users. A provider's client secret is
-- encrypted under the master key (AES-256-GCM, as signing keys are); an upstream account (provider, subject) is
-- linked to at most one user; deleting a user deletes their links. Upstream tokens are kept (encrypted) only when the
-- provider's store_tokens asks for it. Idempotent, so it also runs with `psql -f`.

CREATE TABLE IF NOT EXISTS identity_providers (
    tenant_id                  text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                       text        COLLATE "C" NOT NULL,
    display_name               text        NOT NULL,
    kind                       text        NOT NULL CHECK (kind IN ('oidc', 'oauth2')),
    preset                     text,
    issuer                     text,
    authorization_endpoint     text,
    token_endpoint             text,
    userinfo_endpoint          text,
    client_id                  text        NOT NULL,
    encrypted_client_secret    bytea,
    token_endpoint_auth_method text        NOT NULL,
    scopes                     text[]      NOT NULL,
    claim_mapping              text        NOT NULL,
    link_policy                text        NOT NULL CHECK (link_policy IN ('create', 'link_verified_email', 'account_page')),
    show_button                boolean     NOT NULL,
    store_tokens               boolean     NOT NULL,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE IF NOT EXISTS external_logins (
    id               uuid        PRIMARY KEY,
    tenant_id        text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider         text        NOT NULL,
    subject          text        NOT NULL,
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email            text,
    email_verified   boolean     NOT NULL,
    linked_at        timestamptz NOT NULL,
    last_used_at     timestamptz NOT NULL,
    encrypted_tokens bytea
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_external_logins_subject ON external_logins (tenant_id, provider, subject);
CREATE INDEX IF NOT EXISTS ix_external_logins_user ON external_logins (tenant_id, user_id, linked_at);
