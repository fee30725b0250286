-- 0013 security stamps: refresh tokens, authorization codes, approved device authorizations and reference access
-- tokens remember the security stamp their user had when they were issued, so a password change, a password reset or
-- a deactivation (each renews the stamp) ends them. Rows written before this migration take the user's current stamp,
-- so they keep working until the next change. Authorization codes record whether the authorization request named its
-- redirect_uri (RFC 6749 §4.1.3), rows written before take false (the rule they were issued under). Clients get the
-- introspect_all flag of resource servers that may introspect every token of the tenant (RFC 7662 §4).
-- Idempotent, so it also runs with `psql -f`.

ALTER TABLE refresh_tokens ADD COLUMN IF NOT EXISTS security_stamp text NOT NULL DEFAULT '';
UPDATE refresh_tokens AS t SET security_stamp = u.security_stamp
    FROM users AS u WHERE u.id = t.user_id AND u.tenant_id = t.tenant_id AND t.security_stamp = '';

ALTER TABLE authorization_codes ADD COLUMN IF NOT EXISTS security_stamp text NOT NULL DEFAULT '';
ALTER TABLE authorization_codes ADD COLUMN IF NOT EXISTS redirect_uri_in_request boolean NOT NULL DEFAULT false;
UPDATE authorization_codes AS c SET security_stamp = u.security_stamp
    FROM users AS u WHERE u.id = c.user_id AND u.tenant_id = c.tenant_id AND c.security_stamp = '';

-- Set when a person approves; null while pending and after a denial.
ALTER TABLE device_codes ADD COLUMN IF NOT EXISTS security_stamp text;
UPDATE device_codes AS d SET security_stamp = u.security_stamp
    FROM users AS u WHERE u.id = d.user_id AND u.tenant_id = d.tenant_id AND d.status = 'approved' AND d.security_stamp IS NULL;

-- Null for tokens without a user (client credentials). A token's own client id is never a user's subject.
ALTER TABLE reference_tokens ADD COLUMN IF NOT EXISTS user_id uuid;
ALTER TABLE reference_tokens ADD COLUMN IF NOT EXISTS security_stamp text;
UPDATE reference_tokens AS r SET user_id = u.id, security_stamp = u.security_stamp
    FROM users AS u WHERE u.id::text = r.subject AND u.tenant_id = r.tenant_id AND r.subject <> r.client_id AND r.user_id IS NULL;

ALTER TABLE clients ADD COLUMN IF NOT EXISTS introspect_all boolean NOT NULL DEFAULT false;
