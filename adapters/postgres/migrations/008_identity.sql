-- Sovereign identity: identities from FranceConnect / ProConnect / the city's IdP, browser sessions,
-- pending logins, link candidates for agents to confirm, rate-limit counters, and a richer access log.

-- One identity per (issuer, sub): FranceConnect subjects are pairwise, and the same `sub` from another
-- issuer is another person.
create table identities (
  id uuid primary key,
  provider text not null,
  issuer text not null,
  subject text not null,
  kind text not null check (kind in ('resident', 'agent')),
  resident_id uuid references residents(id),
  agent_id text references agents(id),
  -- Certified (RNIPP) attributes as the provider sent them, with their source and level of assurance.
  -- Agents read them; only a new login through the provider rewrites them.
  given_name text,
  family_name text,
  preferred_username text,
  birth_date text,
  gender text,
  birthplace text,
  birthcountry text,
  certified_level text,
  link_status text not null check (link_status in ('linked', 'pending_review', 'new_record')),
  first_seen_at timestamptz not null,
  last_seen_at timestamptz not null,
  unique (issuer, subject),
  check (kind <> 'agent' or agent_id is not null)
);
create index identities_resident on identities (resident_id) where resident_id is not null;

-- An ambiguous first login: several resident records could be this person; an agent decides.
create table identity_link_candidates (
  id uuid primary key,
  identity_id uuid not null references identities(id),
  resident_id uuid not null references residents(id),
  reasons text[] not null,
  created_at timestamptz not null,
  decided_at timestamptz,
  decided_by text,
  decision text check (decision in ('confirmed', 'rejected')),
  unique (identity_id, resident_id)
);
create index identity_link_candidates_open on identity_link_candidates (created_at) where decided_at is null;

-- A login in flight: state, nonce and PKCE verifier kept server-side, single-use, short-lived.
-- Keyed on a hash of the state so a database read does not hand out live states.
create table login_attempts (
  state_hash text primary key,
  purpose text not null check (purpose in ('login', 'logout')),
  provider text not null,
  nonce text,
  code_verifier text,
  acr_requested text,
  return_to text,
  browser_hash text,
  expires_at timestamptz not null
);
create index login_attempts_expiry on login_attempts (expires_at);

-- Browser sessions behind an opaque cookie; only a hash of the cookie value is stored.
create table sessions (
  id_hash text primary key,
  kind text not null check (kind in ('resident', 'agent')),
  provider text not null,
  identity_id uuid not null references identities(id),
  resident_id uuid references residents(id),
  agent_id text references agents(id),
  acr text,
  -- Kept only as the id_token_hint the provider's logout requires; deleted with the session.
  id_token_hint text,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  idle_timeout_seconds integer not null,
  expires_at timestamptz not null
);
create index sessions_expiry on sessions (expires_at);

-- Fixed-window counters shared by every API process.
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, window_start)
);

-- Who looked at what: a case read is logged against its resident too.
alter table resident_access_log add column case_id uuid references cases(id);
alter table resident_access_log add column actor_label text;

-- A first FranceConnect login looks for records with the same family name (see core/identity/link-resident.ts;
-- the expression matches foldText there: accents and case removed, punctuation as spaces).
create function guichet_name_key(text) returns text
  language sql immutable parallel safe strict
  as $$ select trim(regexp_replace(public.guichet_fold($1), '[^[:alnum:]]+', ' ', 'g')) $$;
create index residents_family_name_key on residents (guichet_name_key(family_name)) where merged_into is null;

-- Sensitive requests filed online need a stronger login (FranceConnect+): the level each type needs.
alter table request_types add column min_acr text check (min_acr in ('eidas1', 'eidas2', 'eidas3'));
