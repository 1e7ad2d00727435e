-- How many EIPs each account holds, kept by triggers in the transaction that changes them (issue 12). Allocation
-- checked its pay-as-you-go quota (R-LIFE-7) with COUNT(*) over the account's EIPs, and DescribeEipAddresses counted the
-- whole account for TotalCount on every page: both grew with the account (154 ms and 358 ms at 100k EIPs). One row
-- per account, region, billing method and whether a cloud service manages the EIP counts the EIPs not released. The
-- triggers see every insert, release, recovery, change of billing method and delete, whichever code makes it, so the
-- counts cannot drift from the rows; a bulk load into eips keeps them too.
CREATE TABLE eip_counts (
    account_id           TEXT    NOT NULL,
    region_id            TEXT    NOT NULL,
    instance_charge_type TEXT    NOT NULL,
    service_managed      INTEGER NOT NULL,
    active               INTEGER NOT NULL,
    PRIMARY KEY (account_id, region_id, instance_charge_type, service_managed)
) WITHOUT ROWID;

INSERT INTO eip_counts (account_id, region_id, instance_charge_type, service_managed, active)
SELECT account_id, region_id, instance_charge_type, service_managed_by <> '', COUNT(*)
FROM eips WHERE released_time IS NULL
GROUP BY account_id, region_id, instance_charge_type, service_managed_by <> '';

CREATE TRIGGER eip_counts_after_insert AFTER INSERT ON eips WHEN NEW.released_time IS NULL
BEGIN
    INSERT INTO eip_counts (account_id, region_id, instance_charge_type, service_managed, active)
    VALUES (NEW.account_id, NEW.region_id, NEW.instance_charge_type, NEW.service_managed_by <> '', 1)
    ON CONFLICT (account_id, region_id, instance_charge_type, service_managed) DO UPDATE SET active = active + 1;
END;

CREATE TRIGGER eip_counts_after_delete AFTER DELETE ON eips WHEN OLD.released_time IS NULL
BEGIN
    UPDATE eip_counts SET active = active - 1
    WHERE account_id = OLD.account_id AND region_id = OLD.region_id AND instance_charge_type = OLD.instance_charge_type
      AND service_managed = (OLD.service_managed_by <> '');
END;

CREATE TRIGGER eip_counts_after_update AFTER UPDATE OF account_id, region_id, instance_charge_type, service_managed_by, released_time ON eips
BEGIN
    UPDATE eip_counts SET active = active - 1
    WHERE OLD.released_time IS NULL
      AND account_id = OLD.account_id AND region_id = OLD.region_id AND instance_charge_type = OLD.instance_charge_type
      AND service_managed = (OLD.service_managed_by <> '');
    INSERT INTO eip_counts (account_id, region_id, instance_charge_type, service_managed, active)
    SELECT NEW.account_id, NEW.region_id, NEW.instance_charge_type, NEW.service_managed_by <> '', 1
    WHERE NEW.released_time IS NULL
    ON CONFLICT (account_id, region_id, instance_charge_type, service_managed) DO UPDATE SET active = active + 1;
END;

-- DescribeEipAddresses pages an account's EIPs newest first (allocation_time DESC, then allocation_id): this index
-- holds them in that order, so a page is read from the index rather than sorted, and its last pages are read from
-- the other end. Filtering by name (EipName) reads the few EIPs of that name, in the same order, instead of the account.
CREATE INDEX ix_eips_active_page ON eips (account_id, region_id, allocation_time DESC, allocation_id) WHERE released_time IS NULL;
CREATE INDEX ix_eips_active_name ON eips (account_id, region_id, name, allocation_time DESC, allocation_id) WHERE released_time IS NULL;
