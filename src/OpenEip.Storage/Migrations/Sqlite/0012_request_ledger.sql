-- Spent signature nonces (replay protection across restarts and server processes). A mutating call
-- inserts its nonce in the transaction of its effect, so the primary key refuses a replay that lands
-- anywhere, any time within the window; reads' nonces arrive in write-behind batches.
CREATE TABLE request_nonces (
    access_key_id TEXT    NOT NULL,
    nonce         TEXT    NOT NULL,
    expires_at    INTEGER NOT NULL,
    PRIMARY KEY (access_key_id, nonce)
) WITHOUT ROWID;
CREATE INDEX ix_request_nonces_expiry ON request_nonces (expires_at);

-- The audit trail: one row per mutating call, written with its effect (or, for a call that changed
-- nothing, shortly after it ended). parameters is a JSON object with secrets masked.
CREATE TABLE audit_events (
    event_id          TEXT    NOT NULL PRIMARY KEY,
    event_time        INTEGER NOT NULL,
    account_id        TEXT    NOT NULL,
    access_key_id     TEXT    NOT NULL,
    action            TEXT    NOT NULL,
    version           TEXT    NOT NULL,
    request_id        TEXT    NOT NULL,
    source_ip_address TEXT    NOT NULL,
    parameters        TEXT    NOT NULL,
    error_code        TEXT,
    error_message     TEXT
);
CREATE INDEX ix_audit_events_time ON audit_events (event_time, event_id);
CREATE INDEX ix_audit_events_account ON audit_events (account_id, event_time);
CREATE INDEX ix_audit_events_action ON audit_events (action, event_time);

CREATE TABLE audit_event_resources (
    event_id    TEXT NOT NULL REFERENCES audit_events (event_id) ON DELETE CASCADE,
    resource_id TEXT NOT NULL,
    PRIMARY KEY (resource_id, event_id)
) WITHOUT ROWID;
CREATE INDEX ix_audit_event_resources_event ON audit_event_resources (event_id);
