-- Resource groups (Resource Manager 2020-03-31): every resource of an account is in one of its groups.
CREATE TABLE resource_groups (
    resource_group_id TEXT    NOT NULL PRIMARY KEY,
    account_id        TEXT    NOT NULL REFERENCES accounts (account_id),
    name              TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    is_default        INTEGER NOT NULL,
    creation_time     INTEGER NOT NULL
);
-- A Name is unique within its account; an account has exactly one default group.
CREATE UNIQUE INDEX ux_resource_groups_name ON resource_groups (account_id, name);
CREATE UNIQUE INDEX ux_resource_groups_default ON resource_groups (account_id) WHERE is_default = 1;

-- Every existing account (the operator included) gets its default group: rg- and 15 random lowercase hex digits.
INSERT INTO resource_groups (resource_group_id, account_id, name, display_name, is_default, creation_time)
SELECT 'rg-' || substr(lower(hex(randomblob(8))), 1, 15), account_id, 'default', 'Default Resource Group', 1, creation_time
FROM accounts;

-- Before this migration a group was only a label (rg-<AccountId> by default, or any string given): no such
-- group exists, so every resource moves to its account's default group.
UPDATE eips SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = eips.account_id AND g.is_default = 1);
UPDATE vpcs SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = vpcs.account_id AND g.is_default = 1);
UPDATE nat_gateways SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = nat_gateways.account_id AND g.is_default = 1);

-- The other grouped resources had no group column: they start in the default group too.
ALTER TABLE havips ADD COLUMN resource_group_id TEXT NOT NULL DEFAULT '';
ALTER TABLE security_groups ADD COLUMN resource_group_id TEXT NOT NULL DEFAULT '';
ALTER TABLE instances ADD COLUMN resource_group_id TEXT NOT NULL DEFAULT '';
ALTER TABLE network_interfaces ADD COLUMN resource_group_id TEXT NOT NULL DEFAULT '';
ALTER TABLE classic_load_balancers ADD COLUMN resource_group_id TEXT NOT NULL DEFAULT '';
ALTER TABLE zonal_load_balancers ADD COLUMN resource_group_id TEXT NOT NULL DEFAULT '';
UPDATE havips SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = havips.account_id AND g.is_default = 1);
UPDATE security_groups SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = security_groups.account_id AND g.is_default = 1);
UPDATE instances SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = instances.account_id AND g.is_default = 1);
UPDATE network_interfaces SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = network_interfaces.account_id AND g.is_default = 1);
UPDATE classic_load_balancers SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = classic_load_balancers.account_id AND g.is_default = 1);
UPDATE zonal_load_balancers SET resource_group_id = (SELECT g.resource_group_id FROM resource_groups g WHERE g.account_id = zonal_load_balancers.account_id AND g.is_default = 1);

-- DeleteResourceGroup asks "is anything still in this group?" of every table.
CREATE INDEX ix_eips_resource_group ON eips (resource_group_id) WHERE released_time IS NULL;
CREATE INDEX ix_vpcs_resource_group ON vpcs (resource_group_id);
CREATE INDEX ix_nat_gateways_resource_group ON nat_gateways (resource_group_id);
CREATE INDEX ix_havips_resource_group ON havips (resource_group_id);
CREATE INDEX ix_security_groups_resource_group ON security_groups (resource_group_id);
CREATE INDEX ix_instances_resource_group ON instances (resource_group_id);
CREATE INDEX ix_network_interfaces_resource_group ON network_interfaces (resource_group_id);
CREATE INDEX ix_classic_load_balancers_resource_group ON classic_load_balancers (resource_group_id);
CREATE INDEX ix_zonal_load_balancers_resource_group ON zonal_load_balancers (resource_group_id);
