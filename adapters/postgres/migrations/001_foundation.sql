-- Foundation: catalogue, residents, cases, timeline, idempotency, audit.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- French full-text search that ignores accents: "ecole" finds "école", "inscriptions" finds "inscrire".
create text search configuration guichet_fr (copy = french);
alter text search configuration guichet_fr
  alter mapping for hword, hword_part, word with unaccent, french_stem;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can back indexes.
create function guichet_fold(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table directorates (
  id text primary key,
  code text not null unique,
  name text not null,
  email text,
  phone text,
  address text,
  opening_hours text,
  created_at timestamptz not null default now()
);

create table request_types (
  id text primary key,
  code text not null unique,
  label text not null,
  category text not null,
  directorate_id text not null references directorates(id),
  complexity text not null check (complexity in ('simple', 'complex')),
  deadline_days integer not null check (deadline_days > 0),
  extra_fields jsonb not null default '[]',
  active boolean not null default true
);

create table knowledge_articles (
  id text primary key,
  slug text not null unique,
  title text not null,
  body text not null,
  request_type_code text references request_types(code),
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('guichet_fr', title), 'A') || setweight(to_tsvector('guichet_fr', body), 'B')
  ) stored
);
create index knowledge_articles_search on knowledge_articles using gin (search);

create table agents (
  id text primary key,
  display_name text not null,
  email text,
  role text not null check (role in ('counter_agent', 'directorate_agent', 'supervisor', 'admin')),
  directorate_id text references directorates(id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check (role <> 'directorate_agent' or directorate_id is not null)
);

create table api_keys (
  id text primary key,
  label text not null,
  -- sha-256 of the key; the key itself is shown once and never stored.
  key_hash text not null unique,
  role text not null check (role in ('counter_agent', 'directorate_agent', 'supervisor', 'admin', 'integrator')),
  agent_id text references agents(id),
  directorate_id text references directorates(id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check (role <> 'directorate_agent' or directorate_id is not null)
);

create table residents (
  id uuid primary key,
  given_name text not null,
  family_name text not null,
  birth_date date,
  merged_into uuid references residents(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  search_name text generated always as (guichet_fold(given_name || ' ' || family_name)) stored
);
create index residents_search_name on residents using gin (search_name gin_trgm_ops) where merged_into is null;
create index residents_birth_date on residents (birth_date) where birth_date is not null;

create table contact_points (
  id uuid primary key,
  resident_id uuid not null references residents(id),
  kind text not null check (kind in ('email', 'phone', 'postal_address', 'social')),
  value text not null,
  normalized text not null,
  verified boolean not null default false,
  created_at timestamptz not null default now()
);
create index contact_points_lookup on contact_points (kind, normalized);
create index contact_points_resident on contact_points (resident_id);

create table cases (
  id uuid primary key,
  reference text not null unique,
  tracking_code_hash text not null,
  channel text not null check (channel in ('postal', 'phone', 'email', 'counter', 'web', 'social')),
  request_type_id text not null references request_types(id),
  directorate_id text not null references directorates(id),
  resident_id uuid references residents(id),
  description text not null,
  location jsonb,
  priority text not null check (priority in ('low', 'normal', 'high', 'urgent')),
  status text not null check (status in ('received', 'in_progress', 'escalated', 'awaiting_resident', 'resolved', 'closed', 'rejected', 'merged')),
  assignee_id text references agents(id),
  merged_into uuid references cases(id),
  answered_by_article_id text references knowledge_articles(id),
  extra jsonb not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index cases_created on cases (created_at desc, id desc);
create index cases_resident on cases (resident_id, created_at desc) where resident_id is not null;
create index cases_directorate on cases (directorate_id, created_at desc);
create index cases_status on cases (status, created_at desc);

create table case_events (
  id uuid primary key,
  case_id uuid not null references cases(id),
  type text not null,
  visibility text not null check (visibility in ('public', 'internal')),
  actor_id text,
  data jsonb not null default '{}',
  created_at timestamptz not null
);
create index case_events_case on case_events (case_id, created_at);

-- Events are an immutable timeline: nothing may rewrite or delete them.
create function case_events_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'case_events is append-only';
end $$;
create trigger case_events_no_update before update or delete on case_events
  for each row execute function case_events_immutable();

create table idempotency_keys (
  principal_id text not null,
  key text not null,
  fingerprint text not null,
  response jsonb,
  created_at timestamptz not null default now(),
  primary key (principal_id, key)
);

create table resident_duplicate_candidates (
  resident_a uuid not null references residents(id),
  resident_b uuid not null references residents(id),
  reasons text[] not null,
  detected_at timestamptz not null,
  dismissed_at timestamptz,
  primary key (resident_a, resident_b),
  check (resident_a < resident_b)
);
create index resident_duplicate_candidates_open on resident_duplicate_candidates (detected_at desc) where dismissed_at is null;

create table resident_merges (
  id uuid primary key,
  survivor_id uuid not null references residents(id),
  merged_id uuid not null references residents(id),
  moved_case_ids uuid[] not null,
  moved_contact_point_ids uuid[] not null,
  merged_by text not null,
  created_at timestamptz not null,
  undone_at timestamptz,
  undone_by text
);

create table resident_access_log (
  id bigint generated always as identity primary key,
  resident_id uuid not null references residents(id),
  actor text not null,
  role text not null,
  purpose text,
  accessed_at timestamptz not null
);
create index resident_access_log_resident on resident_access_log (resident_id, accessed_at desc);
