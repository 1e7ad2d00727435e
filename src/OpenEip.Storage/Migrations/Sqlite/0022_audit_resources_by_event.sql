-- An audit event's resources keyed by the event first (issue 12). They were keyed by (resource_id, event_id), so each
-- call's resources went to the pages of their resources, a different page for each: at 64 clients of Associate and
-- Unassociate, 100 of the 172 pages a batch wrote to the log were this table's. Event ids grow with time (UUIDv7),
-- so rows keyed by the event now go to the end of the table. No query needs the old order: LookupEvents walks the
-- events and asks, for each, whether it names the resource (a lookup by the whole key either way), and it loads a
-- page's resources by event id, which the new key's first column serves, as it serves the cascade of a prune.
CREATE TABLE audit_event_resources_by_event (
    event_id    TEXT NOT NULL REFERENCES audit_events (event_id) ON DELETE CASCADE,
    resource_id TEXT NOT NULL,
    PRIMARY KEY (event_id, resource_id)
) WITHOUT ROWID;
INSERT INTO audit_event_resources_by_event (event_id, resource_id)
SELECT event_id, resource_id FROM audit_event_resources ORDER BY event_id, resource_id;
DROP TABLE audit_event_resources;
ALTER TABLE audit_event_resources_by_event RENAME TO audit_event_resources;
