-- 0017 email tokens: the links of self-service sign-up (verify the address) and of a forgotten password (reset it),
-- each single use and short-lived, stored only as a keyed hash of its secret, bound to one user and the address it was
-- sent to. Deleting a user deletes their links. Users created by sign-up carry email_verification_required until they
-- follow their link (they cannot sign in before); every existing user takes false. Idempotent, so it also runs with `psql -f`.

CREATE TABLE IF NOT EXISTS email_tokens (
    id          uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     text        NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash  bytea       NOT NULL,
    email       text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_email_tokens_token_hash ON email_tokens (token_hash);
CREATE INDEX IF NOT EXISTS ix_email_tokens_user ON email_tokens (tenant_id, user_id, purpose);
CREATE INDEX IF NOT EXISTS ix_email_tokens_expires_at ON email_tokens (expires_at);

ALTER TABLE users ADD COLUMN IF NOT EXISTS email_verification_required boolean NOT NULL DEFAULT false;
