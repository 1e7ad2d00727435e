-- Each start adds the configured ranges to the pools (issue 12). It inserted every address again, one statement each:
-- 17-20 s with a /12. It now counts the addresses of each range already there on this index and adds a missing range
-- in one statement.
CREATE INDEX ix_pool_addresses_number ON pool_addresses (ip_number);
