-- The city's own catalogue, administered without SQL (issue 11, item 7): versions for If-Match, a directorate's
-- closure days (a "pont", a strike day) counted out of its deadlines, request types flagged for public reports
-- (Open311) and given a retention period, knowledge articles drafted, published and retired.
alter table directorates add column version integer not null default 1, add column closed_days date[] not null default '{}';
alter table request_types
  add column version integer not null default 1,
  add column public_report boolean not null default false,
  add column retention_days integer check (retention_days is null or retention_days > 0);
alter table knowledge_articles
  add column version integer not null default 1,
  add column status text not null default 'published' check (status in ('draft', 'published', 'retired'));
create index knowledge_articles_published on knowledge_articles (title) where status = 'published';

-- Every process caches the catalogue briefly; a change tells them all at once (LISTEN guichet_catalogue_changed).
create function guichet_catalogue_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('guichet_catalogue_changed', '');
  return null;
end $$;
create trigger directorates_changed after insert or update or delete on directorates for each statement execute function guichet_catalogue_changed();
create trigger request_types_changed after insert or update or delete on request_types for each statement execute function guichet_catalogue_changed();
