-- ClientTokens appended (issue 12). The table was keyed by (account_id, client_token), and since the client makes the
-- token up, every call that carried one rewrote a random page of the key at its commit. Now the writer appends a
-- batch's tokens in one statement and finds a token by its id, from an index in memory (SqliteClientTokens) that it
-- loads at start and keeps up with the rows other processes on the same file append. The id only grows
-- (AUTOINCREMENT), so "appended since" is a number even after pruning empties the table.
CREATE TABLE idempotency_appended (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   TEXT    NOT NULL,
    client_token TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    response     TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
INSERT INTO idempotency_appended (account_id, client_token, fingerprint, response, created_at)
SELECT account_id, client_token, fingerprint, response, created_at FROM idempotency ORDER BY created_at;
DROP TABLE idempotency;
ALTER TABLE idempotency_appended RENAME TO idempotency;
CREATE INDEX ix_idempotency_created ON idempotency (created_at);
