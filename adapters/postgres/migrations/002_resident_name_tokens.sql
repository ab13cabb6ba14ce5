-- Name search that stays fast at a million residents: instead of scoring every resident's full name,
-- match the query's words against the small dictionary of distinct name words (exact, prefix, or
-- trigram-similar for typos), then reach residents through an index on (word, resident).
create table name_tokens (
  token text primary key
);
create index name_tokens_prefix on name_tokens ((token collate "C"));
create index name_tokens_trgm on name_tokens using gist (token gist_trgm_ops);

create table resident_tokens (
  token text not null,
  resident_id uuid not null references residents(id),
  primary key (token, resident_id)
);
create index resident_tokens_resident on resident_tokens (resident_id);

create function residents_index_name_tokens() returns trigger language plpgsql as $$
begin
  insert into name_tokens (token)
    select distinct t from new_rows, regexp_split_to_table(new_rows.search_name, '[^[:alnum:]]+') t where length(t) > 0
    on conflict do nothing;
  insert into resident_tokens (token, resident_id)
    select distinct t, new_rows.id from new_rows, regexp_split_to_table(new_rows.search_name, '[^[:alnum:]]+') t where length(t) > 0
    on conflict do nothing;
  return null;
end $$;

create trigger residents_name_tokens after insert on residents
  referencing new table as new_rows for each statement execute function residents_index_name_tokens();

-- Residents that existed before this migration.
insert into name_tokens (token)
  select distinct t from residents, regexp_split_to_table(search_name, '[^[:alnum:]]+') t where length(t) > 0
  on conflict do nothing;
insert into resident_tokens (token, resident_id)
  select distinct t, id from residents, regexp_split_to_table(search_name, '[^[:alnum:]]+') t where length(t) > 0
  on conflict do nothing;

analyze name_tokens;
analyze resident_tokens;
