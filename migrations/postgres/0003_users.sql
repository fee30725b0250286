-- 0003 users: people who sign in. Usernames and emails are unique per tenant ignoring case.
-- Idempotent, so it also runs as is with `psql -f`.

CREATE TABLE IF NOT EXISTS users (
    id                   uuid        PRIMARY KEY,
    tenant_id            text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    username             text        NOT NULL,
    email                text,
    email_verified       boolean     NOT NULL DEFAULT false,
    password_hash        text,
    role                 text        NOT NULL DEFAULT 'regular' CHECK (role IN ('regular', 'admin')),
    is_active            boolean     NOT NULL DEFAULT true,
    profile_picture_url  text,
    metadata             jsonb       NOT NULL DEFAULT '{}',
    security_stamp       text        NOT NULL,
    failed_login_count   integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_users_tenant_username ON users (tenant_id, lower(username));
CREATE UNIQUE INDEX IF NOT EXISTS ux_users_tenant_email ON users (tenant_id, lower(email)) WHERE email IS NOT NULL;
