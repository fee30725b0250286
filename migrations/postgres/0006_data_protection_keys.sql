-- 0006 data protection keys: the ASP.NET Core Data Protection key ring (anti-forgery tokens and other protected
-- payloads), shared by every instance. Each element is stored encrypted under the master key.
-- Idempotent, so it also runs as is with `psql -f`.

CREATE TABLE IF NOT EXISTS data_protection_keys (
    tenant_id      text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name           text        NOT NULL,
    encrypted_xml  bytea       NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
