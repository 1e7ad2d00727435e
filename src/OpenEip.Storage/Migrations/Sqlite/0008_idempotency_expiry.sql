-- ClientTokens are remembered for a day; this index lets old ones be pruned cheaply.
CREATE INDEX ix_idempotency_created ON idempotency (created_at);
