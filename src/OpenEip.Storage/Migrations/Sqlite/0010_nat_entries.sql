-- SNAT and DNAT (forward) entries of NAT gateways (R-NAT-5, R-NAT-6). Times are unix ms.
CREATE TABLE snat_entries (
    snat_entry_id     TEXT    NOT NULL PRIMARY KEY,
    account_id        TEXT    NOT NULL,
    region_id         TEXT    NOT NULL,
    nat_gateway_id    TEXT    NOT NULL REFERENCES nat_gateways (nat_gateway_id),
    snat_table_id     TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    -- '' for an entry made with SourceCIDR; source_cidr is then the block given, else the vSwitch's.
    source_vswitch_id TEXT    NOT NULL,
    source_cidr       TEXT    NOT NULL,
    eip_affinity      INTEGER NOT NULL,
    creation_time     INTEGER NOT NULL
);
-- A source (a vSwitch or a block) is in at most one entry of a table.
CREATE UNIQUE INDEX ux_snat_entries_source_cidr ON snat_entries (snat_table_id, source_cidr);
CREATE UNIQUE INDEX ux_snat_entries_source_vswitch ON snat_entries (snat_table_id, source_vswitch_id) WHERE source_vswitch_id <> '';
CREATE INDEX ix_snat_entries_gateway ON snat_entries (nat_gateway_id, creation_time);

-- The entry's SnatIp list, one row an address, so "which entries use this EIP" is an index lookup.
CREATE TABLE snat_entry_ips (
    snat_entry_id TEXT    NOT NULL REFERENCES snat_entries (snat_entry_id),
    ip_address    TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (snat_entry_id, ip_address)
);
CREATE INDEX ix_snat_entry_ips_address ON snat_entry_ips (ip_address);

CREATE TABLE forward_entries (
    forward_entry_id TEXT    NOT NULL PRIMARY KEY,
    account_id       TEXT    NOT NULL,
    region_id        TEXT    NOT NULL,
    nat_gateway_id   TEXT    NOT NULL REFERENCES nat_gateways (nat_gateway_id),
    forward_table_id TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    external_ip      TEXT    NOT NULL,
    external_port    TEXT    NOT NULL,
    internal_ip      TEXT    NOT NULL,
    internal_port    TEXT    NOT NULL,
    ip_protocol      TEXT    NOT NULL,
    port_break       INTEGER NOT NULL,
    creation_time    INTEGER NOT NULL
);
-- Exact repeats; overlapping ranges and "any" are checked by the use case inside the same transaction.
CREATE UNIQUE INDEX ux_forward_entries_external ON forward_entries (forward_table_id, external_ip, external_port, ip_protocol);
CREATE UNIQUE INDEX ux_forward_entries_internal ON forward_entries (forward_table_id, internal_ip, internal_port, ip_protocol);
CREATE INDEX ix_forward_entries_gateway ON forward_entries (nat_gateway_id, external_ip);
