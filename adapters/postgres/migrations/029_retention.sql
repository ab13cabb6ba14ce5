-- The RGPD lifecycle (issue 15): closed cases are kept for their request type's retention period (or the city's
-- default), then anonymised by one controlled path. The timeline stays append-only for everyone else, and keeps
-- its shape: each entry carries the hash of what it said when written; anonymisation may only replace an entry's
-- words by its non-personal facts (statuses, services, dates), marked redacted, hash kept. Any other edit shows in
-- case_events_tampered.
alter table case_events add column content_hash text, add column redacted_at timestamptz;

alter table case_events disable trigger case_events_no_update;
update case_events set content_hash = encode(sha256(convert_to(data::text, 'UTF8')), 'hex');
alter table case_events enable trigger case_events_no_update;
alter table case_events alter column content_hash set not null;

create function case_events_hash() returns trigger language plpgsql as $$
begin
  new.content_hash := encode(sha256(convert_to(new.data::text, 'UTF8')), 'hex');
  new.redacted_at := null;
  return new;
end $$;
create trigger case_events_hash before insert on case_events for each row execute function case_events_hash();

-- What an anonymised entry keeps: the facts of the timeline, never a person's words.
create function guichet_redacted(data jsonb) returns jsonb language sql immutable parallel safe as $$
  select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) || '{"redacted": true}'::jsonb
  from jsonb_each(data)
  where key in ('from', 'to', 'labelFr', 'channel', 'requestTypeCode', 'status', 'kind', 'fromDirectorateId', 'toDirectorateId',
                'state', 'dueAt', 'firstContactResolution', 'knowledgeArticleId', 'automatic', 'residentAnswered', 'missingItems', 'score')
$$;

create or replace function case_events_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_setting('guichet.anonymising', true) = 'on'
     and new.id = old.id and new.case_id = old.case_id and new.type = old.type and new.visibility = old.visibility
     and new.created_at = old.created_at and new.actor_id is not distinct from old.actor_id
     and new.content_hash = old.content_hash and new.redacted_at is not null
     and new.data = guichet_redacted(old.data) then
    return new;
  end if;
  raise exception 'case_events is append-only';
end $$;

create view case_events_tampered as
  select id, case_id from case_events
  where redacted_at is null and content_hash <> encode(sha256(convert_to(data::text, 'UTF8')), 'hex');

alter table cases add column anonymised_at timestamptz;
-- Closed cases by type and age, for the retention run (each type has its own period).
create index cases_retention_due on cases (request_type_id, updated_at) where status in ('closed', 'rejected', 'merged') and anonymised_at is null;
create index resident_access_log_time on resident_access_log (accessed_at);
