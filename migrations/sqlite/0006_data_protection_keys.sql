-- 0006 data protection keys: the ASP.NET Core Data Protection key ring (anti-forgery tokens and other protected
-- payloads), shared by every instance. Each element is stored encrypted under the master key.

CREATE TABLE IF NOT EXISTS data_protection_keys (
    tenant_id      TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    encrypted_xml  BLOB    NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name)
) STRICT;
