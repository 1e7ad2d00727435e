-- Times are Unix milliseconds (UTC) in INTEGER columns: sortable, and the same in PostgreSQL (bigint).

CREATE TABLE accounts (
    account_id    TEXT    NOT NULL PRIMARY KEY,
    account_name  TEXT    NOT NULL,
    is_operator   INTEGER NOT NULL,
    creation_time INTEGER NOT NULL
);
-- There is exactly one operator (root) account.
CREATE UNIQUE INDEX ux_accounts_operator ON accounts (is_operator) WHERE is_operator = 1;

CREATE TABLE access_keys (
    access_key_id     TEXT    NOT NULL PRIMARY KEY,
    access_key_secret TEXT    NOT NULL,
    account_id        TEXT    NOT NULL REFERENCES accounts (account_id),
    creation_time     INTEGER NOT NULL
);
CREATE INDEX ix_access_keys_account ON access_keys (account_id);

CREATE TABLE account_quotas (
    account_id TEXT    NOT NULL REFERENCES accounts (account_id),
    quota_name TEXT    NOT NULL,
    value      INTEGER NOT NULL,
    PRIMARY KEY (account_id, quota_name)
);

CREATE TABLE eip_recoveries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    TEXT    NOT NULL,
    allocation_id TEXT    NOT NULL,
    recovered_at  INTEGER NOT NULL
);
CREATE INDEX ix_eip_recoveries_account ON eip_recoveries (account_id, recovered_at);

-- Every public address of every region's pool, with its history (for recovery).
CREATE TABLE pool_addresses (
    ip_address           TEXT    NOT NULL PRIMARY KEY,
    ip_number            INTEGER NOT NULL,
    region_id            TEXT    NOT NULL,
    holder_allocation_id TEXT,
    last_account_id      TEXT,
    last_allocation_id   TEXT,
    released_at          INTEGER
);
-- An address is held by at most one EIP. (Partial, so the planner never picks it to find free addresses.)
CREATE UNIQUE INDEX ux_pool_addresses_holder ON pool_addresses (holder_allocation_id) WHERE holder_allocation_id IS NOT NULL;
-- Free addresses in hand-out order: never used (NULL sorts first), then longest released.
CREATE INDEX ix_pool_addresses_free ON pool_addresses (region_id, released_at, ip_number) WHERE holder_allocation_id IS NULL;

CREATE TABLE eips (
    allocation_id             TEXT    NOT NULL PRIMARY KEY,
    account_id                TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id                 TEXT    NOT NULL,
    ip_address                TEXT    NOT NULL,
    bandwidth                 INTEGER NOT NULL,
    internet_charge_type      TEXT    NOT NULL,
    instance_charge_type      TEXT    NOT NULL,
    isp                       TEXT    NOT NULL,
    netmode                   TEXT    NOT NULL,
    name                      TEXT    NOT NULL,
    description               TEXT    NOT NULL,
    resource_group_id         TEXT    NOT NULL,
    deletion_protection       INTEGER NOT NULL,
    security_protection_types TEXT    NOT NULL,
    allocation_time           INTEGER NOT NULL,
    expired_time              INTEGER,
    released_time             INTEGER,
    order_id                  INTEGER NOT NULL
);
-- An address is never held by two EIPs.
CREATE UNIQUE INDEX ux_eips_active_address ON eips (ip_address) WHERE released_time IS NULL;
CREATE INDEX ix_eips_account_region ON eips (account_id, region_id, released_time, allocation_time);

CREATE TABLE tags (
    resource_type TEXT NOT NULL,
    resource_id   TEXT NOT NULL,
    account_id    TEXT NOT NULL,
    tag_key       TEXT NOT NULL,
    tag_value     TEXT NOT NULL,
    PRIMARY KEY (resource_type, resource_id, tag_key)
);
CREATE INDEX ix_tags_account ON tags (account_id, resource_type, tag_key, tag_value);

-- ClientToken idempotency (R-EIP-10): written in the same transaction as the effect.
CREATE TABLE idempotency (
    account_id   TEXT    NOT NULL,
    client_token TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    response     TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (account_id, client_token)
);
