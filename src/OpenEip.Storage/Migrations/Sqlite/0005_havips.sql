CREATE TABLE havips (
    havip_id           TEXT    NOT NULL PRIMARY KEY,
    account_id         TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id          TEXT    NOT NULL,
    vpc_id             TEXT    NOT NULL,
    vswitch_id         TEXT    NOT NULL REFERENCES vswitches (vswitch_id),
    ip_address         TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    description        TEXT    NOT NULL,
    master_instance_id TEXT    NOT NULL,
    creation_time      INTEGER NOT NULL
);
CREATE INDEX ix_havips_account ON havips (account_id, region_id, creation_time);

CREATE TABLE havip_members (
    havip_id      TEXT    NOT NULL REFERENCES havips (havip_id),
    instance_id   TEXT    NOT NULL,
    instance_type TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (havip_id, instance_id)
);
