-- 0018 passkey credentials: the WebAuthn credentials (passkeys) of users, several per user, deleted with their user.
-- A credential id is unique per tenant. The sign count is the last counter an assertion reported (0 when the
-- authenticator does not count); the backup flags are WebAuthn's BE and BS.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); booleans are 0/1; UUIDs are text; transports a JSON array.

CREATE TABLE IF NOT EXISTS passkey_credentials (
    id               TEXT    PRIMARY KEY,
    tenant_id        TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id          TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id    BLOB    NOT NULL,
    public_key       BLOB    NOT NULL,
    sign_count       INTEGER NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
    transports       TEXT    NOT NULL DEFAULT '[]',
    aaguid           TEXT    NOT NULL,
    backup_eligible  INTEGER NOT NULL DEFAULT 0,
    backed_up        INTEGER NOT NULL DEFAULT 0,
    name             TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    last_used_at     INTEGER
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS ux_passkey_credentials_credential ON passkey_credentials (tenant_id, credential_id);
CREATE INDEX IF NOT EXISTS ix_passkey_credentials_user ON passkey_credentials (tenant_id, user_id, created_at);
