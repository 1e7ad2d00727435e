-- The association engine: spec (generation, bumped by every API write) and status (observed_generation,
-- written only by the reconciler once the data plane applied it). Status is derived from the two.
ALTER TABLE eips ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE eips ADD COLUMN observed_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE eips ADD COLUMN spec_changed_at INTEGER NOT NULL DEFAULT 0;
-- '' | 'financial' | 'security' (R-EIP-8, R-LIFE-5)
ALTER TABLE eips ADD COLUMN lock_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE eips ADD COLUMN locked_at INTEGER;
CREATE INDEX ix_eips_pending ON eips (spec_changed_at) WHERE observed_generation < generation;

-- A binding is a row. The "at most one" rules are unique indexes over the bindings still wanted.
CREATE TABLE eip_bindings (
    allocation_id        TEXT    NOT NULL PRIMARY KEY REFERENCES eips (allocation_id),
    account_id           TEXT    NOT NULL,
    region_id            TEXT    NOT NULL,
    instance_type        TEXT    NOT NULL,
    instance_id          TEXT    NOT NULL,
    mode                 TEXT    NOT NULL,
    private_ip_address   TEXT    NOT NULL,
    network_interface_id TEXT    NOT NULL,
    exclusive_target     TEXT,
    private_ip_key       TEXT,
    unbinding            INTEGER NOT NULL,
    bound_at             INTEGER NOT NULL
);
-- One EIP per ECS instance, CLB, HaVip and BINDED ENI (R-ECS-2, R-LB-4, R-HAVIP-3, R-BIND-5).
CREATE UNIQUE INDEX ux_eip_bindings_exclusive_target ON eip_bindings (exclusive_target) WHERE exclusive_target IS NOT NULL AND unbinding = 0;
-- One EIP per private IP (R-ENI-3, R-ECS-7).
CREATE UNIQUE INDEX ux_eip_bindings_private_ip ON eip_bindings (private_ip_key) WHERE private_ip_key IS NOT NULL AND unbinding = 0;
CREATE INDEX ix_eip_bindings_instance ON eip_bindings (instance_id);
CREATE INDEX ix_eip_bindings_network_interface ON eip_bindings (network_interface_id);

-- R-BIND-4/8: an ENI whose private address is replaced by an EIP cannot talk privately until it is
-- unbound properly, or (after the EIP was released under it) detached and attached again.
ALTER TABLE network_interfaces ADD COLUMN private_traffic_disabled INTEGER NOT NULL DEFAULT 0;
