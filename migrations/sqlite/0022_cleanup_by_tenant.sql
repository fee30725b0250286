-- 0022 On PostgreSQL this migration gives the cron function cleanup_expired_data() an optional tenant and makes it
-- delete expired email_tokens. SQLite has no such function (Warden's own cleanup, `warden cleanup [--tenant T]`, is
-- the only one), so there is nothing to change here; the file keeps both dialects at the same schema version.
SELECT 1;
