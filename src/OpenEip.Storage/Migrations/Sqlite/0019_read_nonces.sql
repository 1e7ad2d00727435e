-- Reads' nonces, written behind in batches (issue 12). In request_nonces each landed on a random page of its primary
-- key, so a batch of 2,000 rewrote about 2,000 pages, and the writer spent most of a signed read's share in page I/O.
-- Here they are appended in arrival order, which is expiry order, with no key to look up: the server's memory
-- (NonceCache, reloaded from both tables at start) refuses a replayed read, as it always did first. A mutating call's
-- nonce stays in request_nonces, whose primary key refuses a replay in the transaction of its effect.
CREATE TABLE read_nonces (
    expires_at    INTEGER NOT NULL,
    access_key_id TEXT    NOT NULL,
    nonce         TEXT    NOT NULL
);
CREATE INDEX ix_read_nonces_expiry ON read_nonces (expires_at);
