-- 0008 device codes: device authorization requests (RFC 8628), keyed by hashes of the device code and of the user
-- code (unique per tenant); decided once by a person, redeemed once by the device.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); lists are JSON arrays; UUIDs are text.

CREATE TABLE IF NOT EXISTS device_codes (
    device_code_hash  BLOB    PRIMARY KEY,
    tenant_id         TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_code_hash    BLOB    NOT NULL,
    client_id         TEXT    NOT NULL,
    scopes            TEXT    NOT NULL DEFAULT '[]',
    status            TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
    user_id           TEXT    REFERENCES users (id) ON DELETE CASCADE,
    auth_time         INTEGER,
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    decided_at        INTEGER,
    consumed_at       INTEGER,
    FOREIGN KEY (tenant_id, client_id) REFERENCES clients (tenant_id, client_id) ON DELETE CASCADE
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS ux_device_codes_tenant_user_code ON device_codes (tenant_id, user_code_hash);
CREATE INDEX IF NOT EXISTS ix_device_codes_expires_at ON device_codes (expires_at);
