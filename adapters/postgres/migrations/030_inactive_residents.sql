-- Inactive residents (issue 15): no open case and no activity for a long time, they are told by their channel
-- (inactivity_notice_at) and their record is emptied after the notice period unless they act (erased_at).
alter table residents add column inactivity_notice_at timestamptz, add column erased_at timestamptz;
create index residents_inactivity_notice on residents (inactivity_notice_at) where inactivity_notice_at is not null and erased_at is null;
