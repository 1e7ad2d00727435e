-- One table for every spent nonce, appended (issue 12). A mutating call's nonce went into request_nonces, whose
-- primary key refused a replay in the transaction of the call's effect, at the price of a random page of the key
-- rewritten by every call. Now the writer appends a batch's nonces in one statement (SqliteBatchLedger), and a
-- replay is refused from memory: this server's (NonceCache, reloaded from here at start), and, for the nonces other
-- processes on the same file append, the writer's, which reads the rows appended since its last batch at the start
-- of each one. The id only grows (AUTOINCREMENT), so "since" is a number even after pruning empties the table.
CREATE TABLE spent_nonces (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    expires_at    INTEGER NOT NULL,
    access_key_id TEXT    NOT NULL,
    nonce         TEXT    NOT NULL
);
INSERT INTO spent_nonces (expires_at, access_key_id, nonce)
SELECT expires_at, access_key_id, nonce FROM (
    SELECT expires_at, access_key_id, nonce FROM read_nonces
    UNION ALL
    SELECT expires_at, access_key_id, nonce FROM request_nonces)
ORDER BY expires_at;
DROP TABLE read_nonces;
DROP TABLE request_nonces;
CREATE INDEX ix_spent_nonces_expiry ON spent_nonces (expires_at);
