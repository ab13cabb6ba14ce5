-- Trust follows proof (issue 10, item 1). A contact point says where it came from and how it was verified;
-- a case remembers the points the resident gave for it, because a notification goes only to a verified point
-- or to a point given for that same case — never to one another request added.
alter table contact_points
  add column provenance text not null default 'legacy'
    check (provenance in ('legacy', 'agent', 'integrator', 'web_form', 'email', 'social', 'franceconnect', 'resident')),
  add column verified_by text check (verified_by in ('agent', 'franceconnect', 'confirmation')),
  add column verified_at timestamptz;
update contact_points set verified_by = 'agent', verified_at = created_at where verified;

alter table cases add column contact_point_ids uuid[] not null default '{}';
-- Open cases keep reaching the points their resident had when this rule arrived (the old behaviour, for them).
update cases c set contact_point_ids = array(select cp.id from contact_points cp where cp.resident_id = c.resident_id)
where c.resident_id is not null and c.status in ('received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved');

-- "Is this address yours?": a link sent to a contact point; only the token's hash is kept.
create table contact_point_confirmations (
  token_hash text primary key,
  contact_point_id uuid not null references contact_points(id) on delete cascade,
  case_id uuid references cases(id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index contact_point_confirmations_point on contact_point_confirmations (contact_point_id);
