-- Calls reported by the city's telephony system (CTI): the screen pop answers who is calling; the call
-- stays on the caller's record.
create table phone_calls (
  id uuid primary key,
  call_id text not null,
  event text not null check (event in ('ringing', 'answered', 'ended')),
  -- E.164, or null when the number is withheld.
  caller text,
  resident_ids uuid[] not null default '{}',
  agent_id text references agents(id),
  at timestamptz not null,
  -- The CTI may post an event twice: it is recorded once.
  unique (call_id, event)
);
create index phone_calls_residents on phone_calls using gin (resident_ids);
