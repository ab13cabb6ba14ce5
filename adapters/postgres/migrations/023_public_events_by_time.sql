-- Open311's service request updates (FixMyStreet polls them every few minutes): the public events of a time
-- window, read by time rather than by scanning every case's timeline.
create index case_events_public_by_time on case_events (created_at) where visibility = 'public';
