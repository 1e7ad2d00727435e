CREATE TABLE vpcs (
    vpc_id                TEXT    NOT NULL PRIMARY KEY,
    account_id            TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id             TEXT    NOT NULL,
    cidr_block            TEXT    NOT NULL,
    secondary_cidr_blocks TEXT    NOT NULL, -- JSON array
    vpc_name              TEXT    NOT NULL,
    description           TEXT    NOT NULL,
    resource_group_id     TEXT    NOT NULL,
    vrouter_id            TEXT    NOT NULL,
    route_table_id        TEXT    NOT NULL,
    creation_time         INTEGER NOT NULL
);
CREATE INDEX ix_vpcs_account_region ON vpcs (account_id, region_id, creation_time);

CREATE TABLE vswitches (
    vswitch_id    TEXT    NOT NULL PRIMARY KEY,
    vpc_id        TEXT    NOT NULL REFERENCES vpcs (vpc_id),
    account_id    TEXT    NOT NULL,
    region_id     TEXT    NOT NULL,
    zone_id       TEXT    NOT NULL,
    cidr_block    TEXT    NOT NULL,
    vswitch_name  TEXT    NOT NULL,
    description   TEXT    NOT NULL,
    creation_time INTEGER NOT NULL
);
CREATE INDEX ix_vswitches_vpc ON vswitches (vpc_id);
CREATE INDEX ix_vswitches_account_region ON vswitches (account_id, region_id, creation_time);

-- A private IP is handed out at most once per vSwitch.
CREATE TABLE private_ips (
    vswitch_id TEXT    NOT NULL REFERENCES vswitches (vswitch_id),
    ip_address TEXT    NOT NULL,
    ip_number  INTEGER NOT NULL,
    owner_type TEXT    NOT NULL,
    owner_id   TEXT    NOT NULL,
    PRIMARY KEY (vswitch_id, ip_address)
);
CREATE INDEX ix_private_ips_number ON private_ips (vswitch_id, ip_number);
CREATE INDEX ix_private_ips_owner ON private_ips (owner_type, owner_id);
