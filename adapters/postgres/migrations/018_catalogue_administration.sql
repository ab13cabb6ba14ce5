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
