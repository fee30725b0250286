-- 0017 sign-in evidence: how the person signed in to the session that made a grant (RFC 8176 amr values,
-- space-separated, and an acr when one applies), carried by authorization codes, device authorizations and refresh
-- tokens into the ID tokens of the grant. Rows written before take null, which reads as a password sign-in ("pwd"),
-- the only way to sign in until this release. Idempotent on PostgreSQL, so it also runs with `psql -f`.

ALTER TABLE authorization_codes ADD COLUMN IF NOT EXISTS amr text;
ALTER TABLE authorization_codes ADD COLUMN IF NOT EXISTS acr text;
ALTER TABLE device_codes ADD COLUMN IF NOT EXISTS amr text;
ALTER TABLE device_codes ADD COLUMN IF NOT EXISTS acr text;
ALTER TABLE refresh_tokens ADD COLUMN IF NOT EXISTS amr text;
ALTER TABLE refresh_tokens ADD COLUMN IF NOT EXISTS acr text;
