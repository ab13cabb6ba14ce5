-- Satisfaction (issue 15, section 5): once a case is closed, its resident is asked one question (1 to 5) and may
-- add a comment, through a link in the closing message. One survey per case, ever (the primary key); the link is
-- kept as a hash only. Asked and answered surveys are counted with the statistics (migration 025), under the
-- directorate that answered the request.
create table satisfaction_surveys (
  case_id uuid primary key references cases(id),
  token_hash text not null unique,
  -- The notification that carries the link: a retried send of that notification gets a new link, no other does.
  notification_id uuid not null,
  directorate_id text not null,
  request_type_id text not null,
  channel text not null,
  asked_at timestamptz not null,
  expires_at timestamptz not null,
  score smallint check (score between 1 and 5),
  comment text,
  answered_at timestamptz,
  check ((score is null) = (answered_at is null))
);

create function guichet_statistics_satisfaction_asked() returns trigger language plpgsql as $$
begin
  insert into statistics_deltas (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
  select 'satisfaction_asked', guichet_day(s.asked_at), s.directorate_id, s.request_type_id, s.channel, '', '', count(*)
  from new_rows s group by 1, 2, 3, 4, 5, 6, 7;
  return null;
end $$;
create trigger satisfaction_asked_statistics after insert on satisfaction_surveys referencing new table as new_rows
  for each statement execute function guichet_statistics_satisfaction_asked();

create function guichet_statistics_satisfaction_answered() returns trigger language plpgsql as $$
begin
  insert into statistics_deltas (measure, day, directorate_id, request_type_id, channel, postcode, key, n)
  select 'satisfaction', guichet_day(s.answered_at), s.directorate_id, s.request_type_id, s.channel, '', s.score::text, count(*)
  from new_rows s join old_rows o on o.case_id = s.case_id
  where o.score is null and s.score is not null
  group by 1, 2, 3, 4, 5, 6, 7;
  return null;
end $$;
create trigger satisfaction_answered_statistics after update on satisfaction_surveys referencing old table as old_rows new table as new_rows
  for each statement execute function guichet_statistics_satisfaction_answered();
