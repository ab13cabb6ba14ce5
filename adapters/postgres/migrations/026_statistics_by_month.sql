-- The statistics also by month (issue 15): a question over a year or two reads a dozen rows per breakdown instead of
-- hundreds of days. Same columns as statistics_counts, `day` being the month's first day; folded from the same deltas
-- in the same transaction, so both tables always agree.
create table statistics_monthly (like statistics_counts including defaults including constraints including indexes);

insert into statistics_monthly (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
select measure, date_trunc('month', day)::date, directorate_id, request_type_id, channel, postcode, key, sum(n)
from statistics_counts group by 1, 2, 3, 4, 5, 6, 7;

create or replace function statistics_compact(batch integer) returns integer language plpgsql as $$
declare folded integer;
begin
  if not pg_try_advisory_xact_lock(4242025) then return 0; end if;
  with d as (delete from statistics_deltas where id in (select id from statistics_deltas order by id limit batch) returning *),
  s as (
    select measure, day, directorate_id, request_type_id, channel, postcode, key, sum(n) as n, count(*) as rows
    from d group by 1, 2, 3, 4, 5, 6, 7
  ), daily as (
    insert into statistics_counts as t (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
    select measure, day, directorate_id, request_type_id, channel, postcode, key, n from s
    on conflict (measure, day, directorate_id, request_type_id, channel, postcode, key) do update set n = t.n + excluded.n
  ), monthly as (
    insert into statistics_monthly as t (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
    select measure, date_trunc('month', day)::date, directorate_id, request_type_id, channel, postcode, key, sum(n) from s
    group by 1, 2, 3, 4, 5, 6, 7
    on conflict (measure, day, directorate_id, request_type_id, channel, postcode, key) do update set n = t.n + excluded.n
  )
  -- (a data-modifying WITH runs to completion whether or not it is read)
  select coalesce(sum(rows), 0) into folded from s;
  return folded;
end $$;
