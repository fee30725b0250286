-- 0022 The cron form of the cleanup (0010, 0014, 0021) takes an optional tenant, as `warden cleanup --tenant` does:
-- SELECT cleanup_expired_data(NULL, 'acme') cleans only tenant acme's rows; SELECT cleanup_expired_data() still
-- cleans every tenant. It now also deletes expired email_tokens (sign-up and reset links), which the built-in cleanup
-- always did and the function had missed since 0016.
-- The one-argument form is dropped first: beside the two-argument one, a call with none or one argument would be
-- ambiguous. Idempotent, so it also runs with `psql -f`.

DROP FUNCTION IF EXISTS cleanup_expired_data(interval);

CREATE OR REPLACE FUNCTION cleanup_expired_data(audit_retention interval DEFAULT NULL, only_tenant text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    total bigint := 0;
    n bigint;
BEGIN
    DELETE FROM authorization_codes WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM device_codes WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_tokens WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM refresh_token_families WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM reference_tokens WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM revoked_tokens WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM registration_tokens WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM email_tokens WHERE expires_at < now() AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    DELETE FROM api_keys WHERE (expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days')
        AND (only_tenant IS NULL OR tenant_id = only_tenant);
    GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    IF audit_retention IS NOT NULL THEN
        DELETE FROM audit_logs WHERE occurred_at < now() - audit_retention AND (only_tenant IS NULL OR tenant_id = only_tenant);
        GET DIAGNOSTICS n = ROW_COUNT; total := total + n;
    END IF;
    RETURN total;
END;
$$;
