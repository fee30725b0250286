-- 0012 registrable scopes: whether a client that registers itself (RFC 7591) may ask for a scope. Scopes existing
-- before this migration are not registrable: only the OpenID Connect standard scopes (registration.allowed_scopes)
-- and scopes an operator marks registrable may be given to a self-registered client.
-- Idempotent, so it also runs with `psql -f`.

ALTER TABLE scopes ADD COLUMN IF NOT EXISTS registrable boolean NOT NULL DEFAULT false;
