-- How many EIPs each account holds, kept by a trigger in the transaction that changes them (issue 12); SQLite's
-- 0017_eip_counts.sql says why. One row per account, region, billing method and whether a cloud service manages the
-- EIP counts the EIPs not released.
CREATE TABLE eip_counts (
    account_id           TEXT COLLATE "C" NOT NULL,
    region_id            TEXT COLLATE "C" NOT NULL,
    instance_charge_type TEXT COLLATE "C" NOT NULL,
    service_managed      BOOLEAN NOT NULL,
    active               BIGINT  NOT NULL,
    PRIMARY KEY (account_id, region_id, instance_charge_type, service_managed)
);

INSERT INTO eip_counts (account_id, region_id, instance_charge_type, service_managed, active)
SELECT account_id, region_id, instance_charge_type, service_managed_by <> '', COUNT(*)
FROM eips WHERE released_time IS NULL
GROUP BY account_id, region_id, instance_charge_type, service_managed_by <> '';

CREATE FUNCTION eip_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.released_time IS NULL THEN
        UPDATE eip_counts SET active = active - 1
        WHERE account_id = OLD.account_id AND region_id = OLD.region_id AND instance_charge_type = OLD.instance_charge_type
          AND service_managed = (OLD.service_managed_by <> '');
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.released_time IS NULL THEN
        INSERT INTO eip_counts (account_id, region_id, instance_charge_type, service_managed, active)
        VALUES (NEW.account_id, NEW.region_id, NEW.instance_charge_type, NEW.service_managed_by <> '', 1)
        ON CONFLICT (account_id, region_id, instance_charge_type, service_managed) DO UPDATE SET active = eip_counts.active + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER eip_counts_after_insert_or_delete AFTER INSERT OR DELETE ON eips
    FOR EACH ROW EXECUTE FUNCTION eip_counts_follow();
CREATE TRIGGER eip_counts_after_update AFTER UPDATE OF account_id, region_id, instance_charge_type, service_managed_by, released_time ON eips
    FOR EACH ROW EXECUTE FUNCTION eip_counts_follow();

CREATE INDEX ix_eips_active_page ON eips (account_id, region_id, allocation_time DESC, allocation_id) WHERE released_time IS NULL;
CREATE INDEX ix_eips_active_name ON eips (account_id, region_id, name, allocation_time DESC, allocation_id) WHERE released_time IS NULL;
