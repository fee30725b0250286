-- Expired-data cleanup: the lease that lets one instance at a time clean a shared database, and a function for
-- operators who schedule cleanup with cron or pg_cron instead: SELECT cleanup_expired_data(); or, to also delete
-- audit rows older than 90 days, SELECT cleanup_expired_data(interval '90 days'). It returns the rows deleted.

CREATE TABLE IF NOT EXISTS cleanup_lease (
    name        text        PRIMARY KEY,
    holder      text        NOT NULL,
    expires_at  timestamptz NOT NULL
);

INSERT INTO cleanup_lease (name, holder, expires_at) VALUES ('expired-data', '', 'epoch') ON CONFLICT (name) DO NOTHING;

CREATE OR REPLACE FUNCTION cleanup_expired_data(audit_retention interval DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    total bigint := 0;
    n bigint;
BEGIN
    DELETE FROM authorization_codes WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM device_codes WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM reference_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM revoked_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM registration_tokens WHERE expires_at < now();
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    IF audit_retention IS NOT NULL THEN
        DELETE FROM audit_logs WHERE occurred_at < now() - audit_retention;
        GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    END IF;
    RETURN total;
END;
$$;
