-- An audit event's resources keyed by the event first, as on SQLite (its migration 0022, issue 12): keyed by
-- (resource_id, event_id), each call's resources went into the index at their resources' places, a page of its own
-- each, where event ids grow with time (UUIDv7) and rows keyed by them go to the end. LookupEvents asks, for each
-- event it walks, whether the event names the resource: a lookup by the whole key either way. The index on event_id
-- alone is the new key's first column, so it goes.
ALTER TABLE audit_event_resources DROP CONSTRAINT audit_event_resources_pkey;
ALTER TABLE audit_event_resources ADD PRIMARY KEY (event_id, resource_id);
DROP INDEX ix_audit_event_resources_event;
