CREATE TABLE zonal_load_balancers (
    load_balancer_id   TEXT    NOT NULL PRIMARY KEY,
    account_id         TEXT    NOT NULL REFERENCES accounts (account_id),
    region_id          TEXT    NOT NULL,
    kind               TEXT    NOT NULL,
    load_balancer_name TEXT    NOT NULL,
    address_type       TEXT    NOT NULL,
    vpc_id             TEXT    NOT NULL REFERENCES vpcs (vpc_id),
    zone_mappings      TEXT    NOT NULL, -- JSON array of {ZoneId, VSwitchId, IntranetAddress, AllocationId, PublicAddress}
    creation_time      INTEGER NOT NULL
);
CREATE INDEX ix_zonal_load_balancers_account ON zonal_load_balancers (account_id, region_id, kind, creation_time);

-- EIPs an ALB or NLB allocated for itself (R-LB-2): not the owner's to release, not counted in its quota.
ALTER TABLE eips ADD COLUMN service_managed_by TEXT NOT NULL DEFAULT '';
