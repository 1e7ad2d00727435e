CREATE TABLE classic_load_balancers (
    load_balancer_id   TEXT    NOT NULL PRIMARY KEY,
    account_id         TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id          TEXT    NOT NULL,
    load_balancer_name TEXT    NOT NULL,
    address_type       TEXT    NOT NULL,
    address            TEXT    NOT NULL,
    vpc_id             TEXT    NOT NULL,
    vswitch_id         TEXT    NOT NULL,
    master_zone_id     TEXT    NOT NULL,
    creation_time      INTEGER NOT NULL
);
CREATE INDEX ix_classic_load_balancers_account ON classic_load_balancers (account_id, region_id, creation_time);
