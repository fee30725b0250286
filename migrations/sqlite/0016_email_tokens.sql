-- 0017 email tokens: the links of self-service sign-up (verify the address) and of a forgotten password (reset it),
-- each single use and short-lived, stored only as a keyed hash of its secret, bound to one user and the address it was
-- sent to. Deleting a user deletes their links. Users created by sign-up carry email_verification_required until they
-- follow their link (they cannot sign in before); every existing user takes false.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); UUIDs are text.

CREATE TABLE IF NOT EXISTS email_tokens (
    id          TEXT    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash  BLOB    NOT NULL,
    email       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS ux_email_tokens_token_hash ON email_tokens (token_hash);
CREATE INDEX IF NOT EXISTS ix_email_tokens_user ON email_tokens (tenant_id, user_id, purpose);
CREATE INDEX IF NOT EXISTS ix_email_tokens_expires_at ON email_tokens (expires_at);

ALTER TABLE users ADD COLUMN email_verification_required INTEGER NOT NULL DEFAULT 0;
