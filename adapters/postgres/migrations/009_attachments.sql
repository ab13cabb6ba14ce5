-- Files attached to cases (a resident's photo, a scanned letter). The bytes live behind the storage port
-- (the filesystem under DATA_DIR by default); the database keeps what they are and where.
create table attachments (
  id uuid primary key,
  case_id uuid not null references cases(id),
  -- The timeline entry that carries it, once a message or an upload event references it.
  event_id uuid references case_events(id),
  filename text not null,
  -- Detected from the content, never taken from the name or the client's Content-Type.
  content_type text not null,
  size integer not null check (size > 0),
  sha256 text not null,
  storage_key text not null,
  uploaded_by text not null,
  created_at timestamptz not null
);
create index attachments_case on attachments (case_id, created_at);
