CREATE TABLE security_groups (
    security_group_id   TEXT    NOT NULL PRIMARY KEY,
    account_id          TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id           TEXT    NOT NULL,
    vpc_id              TEXT    NOT NULL REFERENCES vpcs (vpc_id),
    security_group_name TEXT    NOT NULL,
    description         TEXT    NOT NULL,
    creation_time       INTEGER NOT NULL
);
CREATE INDEX ix_security_groups_account ON security_groups (account_id, region_id, creation_time);

CREATE TABLE security_group_rules (
    security_group_rule_id TEXT    NOT NULL PRIMARY KEY,
    security_group_id      TEXT    NOT NULL REFERENCES security_groups (security_group_id),
    direction              TEXT    NOT NULL,
    ip_protocol            TEXT    NOT NULL,
    port_range             TEXT    NOT NULL,
    source_cidr_ip         TEXT    NOT NULL,
    source_group_id        TEXT    NOT NULL,
    dest_cidr_ip           TEXT    NOT NULL,
    dest_group_id          TEXT    NOT NULL,
    policy                 TEXT    NOT NULL,
    priority               INTEGER NOT NULL,
    description            TEXT    NOT NULL,
    creation_time          INTEGER NOT NULL
);
CREATE INDEX ix_security_group_rules_group ON security_group_rules (security_group_id);

CREATE TABLE instances (
    instance_id                  TEXT    NOT NULL PRIMARY KEY,
    account_id                   TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id                    TEXT    NOT NULL,
    zone_id                      TEXT    NOT NULL,
    instance_type                TEXT    NOT NULL,
    instance_name                TEXT    NOT NULL,
    description                  TEXT    NOT NULL,
    host_name                    TEXT    NOT NULL,
    image_id                     TEXT    NOT NULL,
    network_type                 TEXT    NOT NULL,
    vpc_id                       TEXT    NOT NULL,
    vswitch_id                   TEXT    NOT NULL,
    primary_network_interface_id TEXT    NOT NULL,
    classic_inner_ip_address     TEXT    NOT NULL,
    public_ip_address            TEXT    NOT NULL,
    transition                   TEXT    NOT NULL,
    transition_started           INTEGER NOT NULL,
    creation_time                INTEGER NOT NULL
);
CREATE INDEX ix_instances_account ON instances (account_id, region_id, creation_time);

CREATE TABLE network_interfaces (
    network_interface_id   TEXT    NOT NULL PRIMARY KEY,
    account_id             TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id              TEXT    NOT NULL,
    zone_id                TEXT    NOT NULL,
    vpc_id                 TEXT    NOT NULL,
    vswitch_id             TEXT    NOT NULL REFERENCES vswitches (vswitch_id),
    type                   TEXT    NOT NULL,
    primary_ip_address     TEXT    NOT NULL,
    mac_address            TEXT    NOT NULL,
    network_interface_name TEXT    NOT NULL,
    description            TEXT    NOT NULL,
    instance_id            TEXT    NOT NULL,
    attached               INTEGER NOT NULL,
    attachment_changed     INTEGER NOT NULL,
    creation_time          INTEGER NOT NULL
);
CREATE INDEX ix_network_interfaces_account ON network_interfaces (account_id, region_id, creation_time);
CREATE INDEX ix_network_interfaces_instance ON network_interfaces (instance_id);

CREATE TABLE network_interface_security_groups (
    network_interface_id TEXT NOT NULL REFERENCES network_interfaces (network_interface_id),
    security_group_id    TEXT NOT NULL REFERENCES security_groups (security_group_id),
    position             INTEGER NOT NULL,
    PRIMARY KEY (network_interface_id, security_group_id)
);
CREATE INDEX ix_eni_security_groups_group ON network_interface_security_groups (security_group_id);
