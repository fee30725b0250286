-- 0020 tenants: a tenant can be disabled (it answers 404, its data stays), is served under the server's issuer
-- ({issuer}/t/{id}, 'path') or at a host of its own ('host'; host null is {id}.{the server's host}), and keeps the
-- settings it sets differently from the server's configuration as one JSON object (config.yaml's names). Existing
-- tenants stay active, path-addressed, with no settings of their own. Booleans are 0/1.

ALTER TABLE tenants ADD COLUMN is_active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tenants ADD COLUMN addressing TEXT NOT NULL DEFAULT 'path' CHECK (addressing IN ('path', 'host'));
ALTER TABLE tenants ADD COLUMN host TEXT;
ALTER TABLE tenants ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';

CREATE UNIQUE INDEX IF NOT EXISTS ux_tenants_host ON tenants (host);
