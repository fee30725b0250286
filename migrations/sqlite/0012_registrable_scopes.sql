-- 0012 registrable scopes: whether a client that registers itself (RFC 7591) may ask for a scope. Scopes existing
-- before this migration are not registrable: only the OpenID Connect standard scopes (registration.allowed_scopes)
-- and scopes an operator marks registrable may be given to a self-registered client. Booleans are 0/1.

ALTER TABLE scopes ADD COLUMN registrable INTEGER NOT NULL DEFAULT 0;
