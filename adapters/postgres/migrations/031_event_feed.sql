-- The event feed (issue 14): integrators that cannot receive webhooks read the same integration events by polling.
-- A feed read by sequence alone could skip an event whose transaction commits after a later one's; each event
-- carries its transaction's id, and the feed returns only events of transactions that finished before any still
-- running began (below the snapshot's xmin), ordered by (transaction, sequence): no later commit can land behind a
-- reader's cursor.
alter table integration_events add column xid xid8 not null default pg_current_xact_id();
create index integration_events_feed on integration_events (xid, seq);
