CREATE TABLE nat_gateways (
    nat_gateway_id       TEXT    NOT NULL PRIMARY KEY,
    account_id           TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id            TEXT    NOT NULL,
    vpc_id               TEXT    NOT NULL REFERENCES vpcs (vpc_id),
    vswitch_id           TEXT    NOT NULL REFERENCES vswitches (vswitch_id),
    zone_id              TEXT    NOT NULL,
    network_type         TEXT    NOT NULL,
    eip_bind_mode        TEXT    NOT NULL,
    name                 TEXT    NOT NULL,
    description          TEXT    NOT NULL,
    private_ip_address   TEXT    NOT NULL,
    network_interface_id TEXT    NOT NULL,
    snat_table_id        TEXT    NOT NULL,
    forward_table_id     TEXT    NOT NULL,
    resource_group_id    TEXT    NOT NULL,
    creation_time        INTEGER NOT NULL
);
CREATE INDEX ix_nat_gateways_account ON nat_gateways (account_id, region_id, creation_time);
CREATE INDEX ix_nat_gateways_vpc ON nat_gateways (vpc_id);
