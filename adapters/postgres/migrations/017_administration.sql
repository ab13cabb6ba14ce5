-- Administration without SQL (issue 11, item 7): agents carry a version for If-Match, keys say who revoked them,
-- and every administrative change is kept with who made it, when, and the record before and after.
alter table agents add column version integer not null default 1, add column updated_at timestamptz;
alter table api_keys add column revoked_by text, add column replaced_by text references api_keys(id);

create table admin_audit (
  id uuid primary key,
  at timestamptz not null,
  actor text not null,
  actor_label text,
  entity text not null check (entity in ('agent', 'api_key', 'directorate', 'request_type', 'knowledge_article', 'routing_rules')),
  entity_id text not null,
  action text not null,
  before jsonb,
  after jsonb
);
create index admin_audit_recent on admin_audit (at desc, id desc);
create index admin_audit_entity on admin_audit (entity, entity_id, at desc);
-- Append-only, like case events: the trail cannot be rewritten through the application's role.
create function admin_audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'admin_audit is append-only';
end $$;
create trigger admin_audit_no_change before update or delete on admin_audit for each row execute function admin_audit_append_only();
