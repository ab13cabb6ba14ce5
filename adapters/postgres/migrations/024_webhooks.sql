-- Integrators hear of changes by signed webhooks (Standard Webhooks). Each change's timeline entry, written in
-- the change's transaction, becomes an integration event in that same transaction (a trigger: no change path can
-- forget it), and one delivery per matching subscription. A dispatcher sends them with retries; nothing is lost
-- when a receiver is down, and each case's events go out in order.
create table integration_events (
  seq bigint generated always as identity primary key,
  id uuid not null unique,
  case_id uuid not null,
  type text not null,
  data jsonb not null,
  created_at timestamptz not null
);
create index integration_events_case on integration_events (case_id, seq);

create table webhook_subscriptions (
  id uuid primary key,
  owner text not null,
  url text not null,
  event_types text[] not null,
  directorate_id text,
  request_type_code text,
  contact_email text,
  secret text not null,
  previous_secret text,
  previous_secret_until timestamptz,
  created_at timestamptz not null,
  disabled_at timestamptz,
  disabled_reason text
);
create index webhook_subscriptions_owner on webhook_subscriptions (owner);

create table webhook_deliveries (
  id uuid primary key,
  subscription_id uuid not null references webhook_subscriptions(id) on delete cascade,
  event_seq bigint not null references integration_events(seq),
  case_id uuid not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  lease_until timestamptz,
  last_attempt_at timestamptz,
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null,
  unique (subscription_id, event_seq)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_case on webhook_deliveries (subscription_id, case_id, event_seq) where status = 'pending';
create index webhook_deliveries_log on webhook_deliveries (subscription_id, event_seq desc);

-- Which timeline entries integrators hear of, under which names; a status change may also say what it reached.
create function guichet_integration_events() returns trigger language plpgsql as $$
begin
  with mapped as (
    select e.id as event_id, e.case_id, e.created_at, e.data, t.type, t.ord
    from new_rows e
    cross join lateral (
      -- A status change is any timeline entry saying from which status to which (transitions, transfers).
      select (e.data ? 'from' and e.data ? 'to' and e.data->>'from' is distinct from e.data->>'to') as changed
    ) x
    cross join lateral (
      select 'case.created' as type, 0 as ord where e.type = 'case_created'
      union all select 'case.status_changed', 1 where x.changed
      union all select 'case.escalated', 2 where x.changed and e.data->>'to' = 'escalated'
      union all select 'case.resolved', 2 where x.changed and e.data->>'to' = 'resolved'
      union all select 'case.closed', 2 where x.changed and e.data->>'to' = 'closed'
      union all select 'case.merged', 2 where x.changed and e.data->>'to' = 'merged'
      union all select 'case.transferred', 3 where e.type = 'case_transferred'
      union all select 'case.message_added', 1 where e.type in ('message_sent', 'resident_message') and e.visibility = 'public'
      union all select 'deadline.at_risk', 1 where e.type = 'deadline_at_risk'
      union all select 'deadline.breached', 1 where e.type = 'deadline_breached'
    ) t
  ), inserted as (
    insert into integration_events (id, case_id, type, data, created_at)
    select gen_random_uuid(), m.case_id, m.type,
      jsonb_build_object(
        -- The case's public fields as the change left them: what the resident sees, never a person's data.
        'case', jsonb_build_object('id', c.id, 'reference', c.reference, 'status', c.status, 'channel', c.channel,
          'requestTypeCode', rt.code, 'directorateId', c.directorate_id, 'createdAt', c.created_at, 'updatedAt', c.updated_at,
          'dueAt', c.due_at, 'deadlineState', c.deadline_state),
        'change', jsonb_strip_nulls(jsonb_build_object(
          'from', m.data->>'from', 'to', m.data->>'to',
          'message', case when m.type = 'case.message_added' then coalesce(m.data->>'body', m.data->>'message') end,
          'answer', case when m.type = 'case.resolved' then m.data->>'message' end,
          'fromDirectorateId', case when m.type = 'case.transferred' then m.data->>'fromDirectorateId' end,
          'toDirectorateId', case when m.type = 'case.transferred' then m.data->>'toDirectorateId' end))),
      m.created_at
    from mapped m join cases c on c.id = m.case_id join request_types rt on rt.id = c.request_type_id
    order by m.created_at, m.event_id, m.ord
    returning seq, case_id, type, created_at
  )
  insert into webhook_deliveries (id, subscription_id, event_seq, case_id, next_attempt_at, created_at)
  select gen_random_uuid(), s.id, i.seq, i.case_id, i.created_at, i.created_at
  from inserted i
  join cases c on c.id = i.case_id
  join request_types rt on rt.id = c.request_type_id
  join webhook_subscriptions s on s.disabled_at is null and i.type = any (s.event_types)
    and (s.directorate_id is null or s.directorate_id = c.directorate_id)
    and (s.request_type_code is null or s.request_type_code = rt.code);
  -- The dispatchers hear of it at commit and send at once, instead of at their next poll.
  if found then
    perform pg_notify('guichet_webhooks', '');
  end if;
  return null;
end $$;

create trigger case_events_integration after insert on case_events
  referencing new table as new_rows for each statement execute function guichet_integration_events();
