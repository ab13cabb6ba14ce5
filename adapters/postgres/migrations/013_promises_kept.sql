-- Promises kept: staff alerts that reach people, leases instead of one-shot claims, true dates while paused,
-- tracking codes on every receipt, overseas phone numbers, housekeeping.

-- The outbox is claimed by lease, case by case: a relay holds no transaction while it waits on Temporal,
-- and a case's later change never overtakes an earlier undelivered one.
alter table outbox add column lease_until timestamptz;
create index outbox_case_pending on outbox (case_id, id) where delivered_at is null;
create index outbox_delivered on outbox (delivered_at) where delivered_at is not null;

-- Notifications too: a row claimed by a dispatcher that died is claimed again once its lease ends.
alter table notifications add column lease_until timestamptz;
-- Staff alerts are notifications addressed to a directorate's team or to its supervisors; the directorate
-- is the one in charge when the alert was raised (a transfer does not move earlier alerts).
alter table notifications add column directorate_id text references directorates(id);
drop index notifications_to_send;
create index notifications_to_send on notifications (coalesce(available_at, created_at)) where status in ('recorded', 'retry');
create index notifications_leased on notifications (lease_until) where status = 'sending';
create index notifications_staff on notifications (directorate_id, created_at desc) where recipient in ('directorate', 'supervisor');
create index notifications_finished on notifications (created_at) where status in ('sent', 'skipped', 'failed');

-- The agent inbox: who read which alert.
create table alert_reads (
  notification_id uuid not null references notifications(id),
  agent_id text not null references agents(id),
  read_at timestamptz not null,
  primary key (notification_id, agent_id)
);

-- Where a directorate's team hears of its alerts (a shared mailbox), and who supervises which directorate.
alter table directorates add column staff_email text;
create table directorate_supervisors (
  directorate_id text not null references directorates(id),
  agent_id text not null references agents(id),
  primary key (directorate_id, agent_id)
);
create index directorate_supervisors_agent on directorate_supervisors (agent_id);

-- While the case waits for the resident, the business minutes left on its deadline (the due date is unknown
-- until they answer).
alter table cases add column remaining_minutes integer;
create index cases_breached on cases (deadline_state, due_at) where deadline_state = 'breached' and status in ('escalated', 'in_progress', 'awaiting_resident');

-- Tracking codes issued after creation (a printed receipt, a letter, an SMS): each stored as a hash only,
-- each valid beside the first one.
create table case_tracking_codes (
  case_id uuid not null references cases(id),
  code_hash text not null,
  issued_for text not null,
  issued_at timestamptz not null,
  primary key (case_id, code_hash)
);

-- Overseas numbers were keyed as mainland ones (+33 690… is Guadeloupe's +590 690…): re-keyed as
-- libphonenumber reads them (src/core/contact.ts).
create function pg_temp.overseas_e164(n text) returns text language sql immutable as $$
  select case
    when n ~ '^\+33(590|690|691)' then '+590' || substr(n, 4)
    when n ~ '^\+33(596|696|697)' then '+596' || substr(n, 4)
    when n ~ '^\+33(594|694)' then '+594' || substr(n, 4)
    when n ~ '^\+33(262|263|692|693|269|639)' then '+262' || substr(n, 4)
    when n ~ '^\+33508' then '+508' || substr(n, 4)
    else n end $$;
update contact_points set normalized = pg_temp.overseas_e164(normalized)
  where kind = 'phone' and normalized ~ '^\+33(590|690|691|596|696|697|594|694|262|263|692|693|269|639|508)';
update phone_calls set caller = pg_temp.overseas_e164(caller)
  where caller ~ '^\+33(590|690|691|596|696|697|594|694|262|263|692|693|269|639|508)';

-- One housekeeping run at a time per installation; each run says what it removed.
create table housekeeping_runs (
  id bigint generated always as identity primary key,
  started_at timestamptz not null,
  finished_at timestamptz,
  removed jsonb not null default '{}'
);
create index attachments_unbound on attachments (created_at) where event_id is null;
create index idempotency_keys_created on idempotency_keys (created_at);
