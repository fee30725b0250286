-- Expired-data cleanup: the lease that lets one process at a time clean a shared database file.

CREATE TABLE IF NOT EXISTS cleanup_lease (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;

INSERT OR IGNORE INTO cleanup_lease (name, holder, expires_at) VALUES ('expired-data', '', 0);
