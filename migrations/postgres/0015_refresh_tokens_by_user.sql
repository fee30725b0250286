-- 0016 refresh tokens by user: the account page ends a person's refresh token families, all of them when the password
-- changes and one application's when the person revokes it, and finds them by the tokens' user. This index keeps that
-- from reading the whole table. No data changes. Idempotent, so it also runs with `psql -f`.

CREATE INDEX IF NOT EXISTS ix_refresh_tokens_user ON refresh_tokens (tenant_id, user_id);
