-- Each start counts the addresses of each configured range already in the pools on this index (SQLite's
-- 0018_pool_address_numbers.sql says why).
CREATE INDEX ix_pool_addresses_number ON pool_addresses (ip_number);
