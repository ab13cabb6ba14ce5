-- Escalation: what must happen after a commit goes through an outbox written in the same transaction,
-- and the case carries the deadline the escalation workflow computes.
create table outbox (
  id bigint generated always as identity primary key,
  kind text not null,
  case_id uuid not null references cases(id),
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  available_at timestamptz not null default now(),
  delivered_at timestamptz,
  attempts integer not null default 0,
  last_error text
);
create index outbox_pending on outbox (available_at, id) where delivered_at is null;

alter table cases
  add column due_at timestamptz,
  add column deadline_state text check (deadline_state in ('on_track', 'at_risk', 'breached', 'paused')),
  add column escalated_at timestamptz,
  add column accepted_at timestamptz,
  add column transfer_count integer not null default 0;
create index cases_queue on cases (directorate_id, due_at) where status in ('escalated', 'in_progress', 'awaiting_resident');

-- Outgoing notifications, each with a deduplication key so a retried activity never sends twice.
create table notifications (
  id uuid primary key,
  case_id uuid not null references cases(id),
  dedup_key text not null unique,
  kind text not null,
  recipient text not null,
  payload jsonb not null default '{}',
  created_at timestamptz not null,
  status text not null default 'recorded'
);
create index notifications_case on notifications (case_id, created_at);

-- Each deadline's outcome, for statistics (met or missed, and by how much).
create table deadline_outcomes (
  case_id uuid not null references cases(id),
  directorate_id text not null references directorates(id),
  due_at timestamptz not null,
  answered_at timestamptz not null,
  met boolean not null,
  margin_minutes integer not null,
  primary key (case_id, answered_at)
);

-- Routing: a postcode sector can send a request type (or all types) to another directorate.
create table routing_rules (
  id bigint generated always as identity primary key,
  postcode_prefix text not null,
  request_type_code text references request_types(code),
  directorate_id text not null references directorates(id)
);

alter table agents add column absent boolean not null default false;
