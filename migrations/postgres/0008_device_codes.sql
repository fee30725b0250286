-- 0008 device codes: device authorization requests (RFC 8628), keyed by hashes of the device code and of the user
-- code (unique per tenant); decided once by a person, redeemed once by the device. Idempotent, so it also runs
-- with `psql -f`.

CREATE TABLE IF NOT EXISTS device_codes (
    device_code_hash  bytea       PRIMARY KEY,
    tenant_id         text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_code_hash    bytea       NOT NULL,
    client_id         text        NOT NULL,
    scopes            text[]      NOT NULL DEFAULT '{}',
    status            text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
    user_id           uuid        REFERENCES users (id) ON DELETE CASCADE,
    auth_time         timestamptz,
    created_at        timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL,
    decided_at        timestamptz,
    consumed_at       timestamptz,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_device_codes_tenant_user_code ON device_codes (tenant_id, user_code_hash);
CREATE INDEX IF NOT EXISTS ix_device_codes_expires_at ON device_codes (expires_at);
