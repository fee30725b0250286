-- 0003 users: people who sign in. Usernames and emails are unique per tenant ignoring case.
-- Times are INTEGER milliseconds since the Unix epoch (UTC); booleans are 0/1; metadata is a JSON object.

CREATE TABLE IF NOT EXISTS users (
    id                   TEXT    PRIMARY KEY,
    tenant_id            TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    username             TEXT    NOT NULL,
    email                TEXT,
    email_verified       INTEGER NOT NULL DEFAULT 0,
    password_hash        TEXT,
    role                 TEXT    NOT NULL DEFAULT 'regular' CHECK (role IN ('regular', 'admin')),
    is_active            INTEGER NOT NULL DEFAULT 1,
    profile_picture_url  TEXT,
    metadata             TEXT    NOT NULL DEFAULT '{}',
    security_stamp       TEXT    NOT NULL,
    failed_login_count   INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS ux_users_tenant_username ON users (tenant_id, lower(username));
CREATE UNIQUE INDEX IF NOT EXISTS ux_users_tenant_email ON users (tenant_id, lower(email)) WHERE email IS NOT NULL;
