-- Integrators' keys and tokens carry scopes (issue 14): all an integrator does beyond the catalogue comes from them.
-- A key with `cases:read` reads the cases it filed and no other, so a case remembers which integrator filed it —
-- by the key's lineage, which a rotation keeps, so a rotated key still reads its cases and owns its subscriptions.

alter table api_keys add column lineage text, add column expires_at timestamptz;
-- A rotated key's successor continues its predecessor's lineage (replaced_by chains, oldest first).
with recursive chain (id, lineage) as (
  select k.id, k.id from api_keys k where not exists (select 1 from api_keys p where p.replaced_by = k.id)
  union all
  select k.id, c.lineage from chain c join api_keys p on p.id = c.id join api_keys k on k.id = p.replaced_by
)
update api_keys k set lineage = chain.lineage from chain where chain.id = k.id;
update api_keys set lineage = id where lineage is null;
alter table api_keys alter column lineage set not null;
update webhook_subscriptions s set owner = 'key:' || k.lineage from api_keys k where s.owner = 'key:' || k.id and k.lineage <> k.id;

-- Integrator keys issued before scopes existed keep what their role gave them (every case, webhooks, the feed,
-- Open311, channel ingestion), plus what they were given.
update api_keys set scopes = array(
  select distinct s from unnest(scopes || array['cases:create', 'cases:read:all', 'events:read', 'webhooks:manage', 'open311:submit', 'channels:ingest']) s order by s)
where role = 'integrator';

-- Last use, apart from the keys themselves: writing it must not wake every process's key cache (migration 015).
create table api_key_usage (
  key_id text primary key references api_keys(id) on delete cascade,
  last_used_at timestamptz not null
);

alter table cases add column filed_by text;
create index cases_filed_by on cases (filed_by, created_at desc, id desc) where filed_by is not null;

-- A subscription of an integrator limited to its own cases hears of those only.
alter table webhook_subscriptions add column filed_by text;

create or replace function guichet_integration_events() returns trigger language plpgsql as $$
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
    and (s.request_type_code is null or s.request_type_code = rt.code)
    and (s.filed_by is null or s.filed_by = c.filed_by);
  -- The dispatchers hear of it at commit and send at once, instead of at their next poll.
  if found then
    perform pg_notify('guichet_webhooks', '');
  end if;
  return null;
end $$;
