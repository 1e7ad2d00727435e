-- Billing lifecycle (R-LIFE-2, R-LIFE-5). An account the operator marks overdue has its pay-as-you-go EIPs locked.
ALTER TABLE accounts ADD COLUMN overdue_since INTEGER;

-- The idle (configuration) fee clock of an EIP: running since idle_since while it has no binding; what
-- earlier idle spells added up to is kept in idle_accrued_ms.
ALTER TABLE eips ADD COLUMN idle_since INTEGER;
ALTER TABLE eips ADD COLUMN idle_accrued_ms INTEGER NOT NULL DEFAULT 0;
UPDATE eips SET idle_since = allocation_time
WHERE released_time IS NULL AND service_managed_by = '' AND allocation_id NOT IN (SELECT allocation_id FROM eip_bindings);

CREATE INDEX ix_eips_expiry ON eips (expired_time) WHERE released_time IS NULL AND expired_time IS NOT NULL;
CREATE INDEX ix_eips_locked ON eips (locked_at) WHERE released_time IS NULL AND lock_reason <> '';

-- Service-wide settings the operator changes at run time (the idle fee's price).
CREATE TABLE settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
