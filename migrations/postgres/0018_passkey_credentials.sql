-- 0018 passkey credentials: the WebAuthn credentials (passkeys) of users, several per user, deleted with their user.
-- A credential id is unique per tenant. The sign count is the last counter an assertion reported (0 when the
-- authenticator does not count); the backup flags are WebAuthn's BE and BS. Idempotent, so it also runs with `psql -f`.

CREATE TABLE IF NOT EXISTS passkey_credentials (
    id               uuid        PRIMARY KEY,
    tenant_id        text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id    bytea       NOT NULL,
    public_key       bytea       NOT NULL,
    sign_count       bigint      NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
    transports       text[]      NOT NULL DEFAULT '{}',
    aaguid           uuid        NOT NULL,
    backup_eligible  boolean     NOT NULL DEFAULT false,
    backed_up        boolean     NOT NULL DEFAULT false,
    name             text        NOT NULL,
    created_at       timestamptz NOT NULL,
    last_used_at     timestamptz
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_passkey_credentials_credential ON passkey_credentials (tenant_id, credential_id);
CREATE INDEX IF NOT EXISTS ix_passkey_credentials_user ON passkey_credentials (tenant_id, user_id, created_at);
