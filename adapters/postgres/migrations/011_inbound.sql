-- Messages arriving by themselves (email, social networks): each becomes an event on a new or existing case.

-- Every message id we received or sent, with its case: a reply naming one of them in In-Reply-To or
-- References threads onto that case, and the same message delivered twice is recorded once.
create table channel_messages (
  channel text not null,
  external_id text not null,
  case_id uuid not null references cases(id),
  direction text not null check (direction in ('in', 'out')),
  created_at timestamptz not null,
  primary key (channel, external_id)
);
create index channel_messages_case on channel_messages (case_id);

-- The per-case reply address (reply+<token>@…): random, so it cannot be guessed from the reference.
create table case_reply_tokens (
  token text primary key,
  case_id uuid not null unique references cases(id)
);

-- What could not be read: kept whole (behind the storage port) with a reason an agent can read.
create table inbound_quarantine (
  id uuid primary key,
  channel text not null,
  reason text not null,
  storage_key text,
  size integer not null,
  received_at timestamptz not null,
  released_at timestamptz
);
create index inbound_quarantine_open on inbound_quarantine (received_at desc) where released_at is null;
