-- Statistics for the city (issue 15): counts kept in step with the cases by triggers, in each change's own
-- transaction, so a figure is always the cases' own. Writers only append to statistics_deltas (no row two intakes
-- would fight over); statistics_compact() folds the deltas into statistics_counts in one transaction, under a lock;
-- readers add both. Measures:
--   received       a case (not merged), on its creation day, with its current directorate, type, channel
--   first_contact  the same, answered on the spot; key = the knowledge article
--   open           the same, while open (received, in progress, escalated, awaiting the resident): the backlog
--   by_postcode    received cases by the postcode of their location (only that dimension: open data by district)
--   resolved       a change to resolved, on its day (first-contact answers included)
--   reopened       a change from resolved back to in progress, on its day
--   transferred    a transfer, on its day, under the directorate that passed the case on; key = the one receiving it
--   answered_in_time / answered_late
--                  a deadline outcome, on the answer's day; key = business days taken, rounded up
create table statistics_counts (
  measure text not null,
  day date not null,
  directorate_id text not null,
  request_type_id text not null,
  channel text not null,
  postcode text not null default '',
  key text not null default '',
  n bigint not null,
  primary key (measure, day, directorate_id, request_type_id, channel, postcode, key)
);

create table statistics_deltas (
  id bigint generated always as identity primary key,
  measure text not null,
  day date not null,
  directorate_id text not null,
  request_type_id text not null,
  channel text not null,
  postcode text not null default '',
  key text not null default '',
  n integer not null
);
create index statistics_deltas_measure on statistics_deltas (measure, day);

-- Days are the city's (a case filed at 00:30 in Paris on the 1st belongs to the 1st).
create function guichet_day(t timestamptz) returns date language sql immutable parallel safe as $$
  select (t at time zone 'Europe/Paris')::date $$;

-- A French postcode from a location, or '' (never finer than a postcode: no address, no coordinates).
create function guichet_postcode(location jsonb) returns text language sql immutable parallel safe as $$
  select coalesce(substring(location->>'postcode' from '^\s*(\d{5})\s*$'), '') $$;

-- What a case row contributes to the counts that follow its current state (received, first_contact, open,
-- by_postcode): a changed case takes back its old contribution and adds its new one.
create function guichet_case_contribution(c cases) returns table (measure text, day date, directorate_id text, request_type_id text, channel text, postcode text, key text)
language sql immutable parallel safe as $$
  select 'received', guichet_day(c.created_at), c.directorate_id, c.request_type_id, c.channel, '', '' where c.status <> 'merged'
  union all
  select 'first_contact', guichet_day(c.created_at), c.directorate_id, c.request_type_id, c.channel, '', c.answered_by_article_id
    where c.status <> 'merged' and c.answered_by_article_id is not null
  union all
  select 'open', guichet_day(c.created_at), c.directorate_id, c.request_type_id, c.channel, '', ''
    where c.status in ('received', 'in_progress', 'escalated', 'awaiting_resident')
  union all
  select 'by_postcode', guichet_day(c.created_at), '', '', '', guichet_postcode(c.location), '' where c.status <> 'merged'
$$;

create function guichet_statistics_cases_inserted() returns trigger language plpgsql as $$
begin
  insert into statistics_deltas (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
  select x.measure, x.day, x.directorate_id, x.request_type_id, x.channel, x.postcode, x.key, count(*)
  from (
    select k.* from new_rows c cross join lateral guichet_case_contribution(c) k
    union all
    select 'resolved', guichet_day(c.updated_at), c.directorate_id, c.request_type_id, c.channel, '', '' from new_rows c where c.status = 'resolved'
  ) x
  group by 1, 2, 3, 4, 5, 6, 7;
  return null;
end $$;

create function guichet_statistics_cases_updated() returns trigger language plpgsql as $$
begin
  insert into statistics_deltas (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
  select x.measure, x.day, x.directorate_id, x.request_type_id, x.channel, x.postcode, x.key, sum(x.n)
  from old_rows o join new_rows c on c.id = o.id
  cross join lateral (
    select k.*, -1 as n from guichet_case_contribution(o) k
      where (o.status, o.directorate_id, o.request_type_id, o.answered_by_article_id, o.location)
        is distinct from (c.status, c.directorate_id, c.request_type_id, c.answered_by_article_id, c.location)
    union all
    select k.*, 1 from guichet_case_contribution(c) k
      where (o.status, o.directorate_id, o.request_type_id, o.answered_by_article_id, o.location)
        is distinct from (c.status, c.directorate_id, c.request_type_id, c.answered_by_article_id, c.location)
    union all
    select 'resolved', guichet_day(c.updated_at), c.directorate_id, c.request_type_id, c.channel, '', '', 1
      where c.status = 'resolved' and o.status <> 'resolved'
    union all
    select 'reopened', guichet_day(c.updated_at), c.directorate_id, c.request_type_id, c.channel, '', '', 1
      where o.status = 'resolved' and c.status = 'in_progress'
    union all
    select 'transferred', guichet_day(c.updated_at), o.directorate_id, o.request_type_id, c.channel, '', c.directorate_id, 1
      where c.transfer_count > o.transfer_count
  ) x
  group by 1, 2, 3, 4, 5, 6, 7
  having sum(x.n) <> 0;
  return null;
end $$;

create trigger cases_statistics_inserted after insert on cases referencing new table as new_rows
  for each statement execute function guichet_statistics_cases_inserted();
create trigger cases_statistics_updated after update on cases referencing old table as old_rows new table as new_rows
  for each statement execute function guichet_statistics_cases_updated();

-- Deadline outcomes carry the business days the answer took (the workflow's clock: paused while the resident was
-- asked); rows before this migration get them from their margin on the default calendar (7 open hours a day).
alter table deadline_outcomes add column business_days numeric(8, 2);
update deadline_outcomes o set business_days = greatest(0, round((rt.deadline_days * 420 - o.margin_minutes) / 420.0, 2))
  from cases c join request_types rt on rt.id = c.request_type_id where c.id = o.case_id;

create function guichet_statistics_outcomes() returns trigger language plpgsql as $$
begin
  insert into statistics_deltas (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
  select case when o.met then 'answered_in_time' else 'answered_late' end, guichet_day(o.answered_at), o.directorate_id,
    c.request_type_id, c.channel, '', coalesce(ceil(o.business_days)::int, 0)::text, count(*)
  from new_rows o join cases c on c.id = o.case_id
  group by 1, 2, 3, 4, 5, 6, 7;
  return null;
end $$;
create trigger deadline_outcomes_statistics after insert on deadline_outcomes referencing new table as new_rows
  for each statement execute function guichet_statistics_outcomes();

-- Folds up to `batch` deltas into the counts; one fold at a time (another caller returns at once). Returns the
-- deltas folded. A delta and its sum move in one transaction: a reader sees one or the other, never both.
create function statistics_compact(batch integer) returns integer language plpgsql as $$
declare folded integer;
begin
  if not pg_try_advisory_xact_lock(4242025) then return 0; end if;
  with d as (delete from statistics_deltas where id in (select id from statistics_deltas order by id limit batch) returning *),
  s as (
    select measure, day, directorate_id, request_type_id, channel, postcode, key, sum(n) as n, count(*) as rows
    from d group by 1, 2, 3, 4, 5, 6, 7
  ), merged as (
    insert into statistics_counts as t (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
    select measure, day, directorate_id, request_type_id, channel, postcode, key, n from s
    on conflict (measure, day, directorate_id, request_type_id, channel, postcode, key) do update set n = t.n + excluded.n
    returning 1
  )
  -- (a data-modifying WITH runs to completion whether or not it is read)
  select coalesce(sum(rows), 0) into folded from s;
  return folded;
end $$;

-- What exists already is counted once, at migration time.
insert into statistics_counts (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
select k.measure, k.day, k.directorate_id, k.request_type_id, k.channel, k.postcode, k.key, count(*)
from cases c cross join lateral guichet_case_contribution(c) k group by 1, 2, 3, 4, 5, 6, 7;
insert into statistics_counts (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
select 'resolved', guichet_day(coalesce((e.created_at), c.updated_at)), c.directorate_id, c.request_type_id, c.channel, '', '', count(*)
from case_events e join cases c on c.id = e.case_id
where e.data->>'to' = 'resolved' and e.data->>'from' is distinct from 'resolved'
group by 1, 2, 3, 4, 5, 6, 7;
insert into statistics_counts (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
select 'reopened', guichet_day(e.created_at), c.directorate_id, c.request_type_id, c.channel, '', '', count(*)
from case_events e join cases c on c.id = e.case_id where e.type = 'case_reopened'
group by 1, 2, 3, 4, 5, 6, 7;
insert into statistics_counts (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
select 'transferred', guichet_day(e.created_at), e.data->>'fromDirectorateId', c.request_type_id, c.channel, '', e.data->>'toDirectorateId', count(*)
from case_events e join cases c on c.id = e.case_id
where e.type = 'case_transferred' and e.data ? 'fromDirectorateId' and e.data ? 'toDirectorateId'
group by 1, 2, 3, 4, 5, 6, 7;
insert into statistics_counts (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
select case when o.met then 'answered_in_time' else 'answered_late' end, guichet_day(o.answered_at), o.directorate_id,
  c.request_type_id, c.channel, '', coalesce(ceil(o.business_days)::int, 0)::text, count(*)
from deadline_outcomes o join cases c on c.id = o.case_id
group by 1, 2, 3, 4, 5, 6, 7;
