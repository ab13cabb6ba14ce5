-- Two-word name search (a given name and a family name, one of them misspelt) is what the counter types all
-- day. Intersecting two words' residents costs thousands of index reads for common names; a dictionary of each
-- resident's word pairs answers it with one index probe per candidate pair. Stored once per pair, in byte
-- order (token_a < token_b, collation "C"), so the search probes (least, greatest) of its two words.
create table resident_name_pairs (
  token_a text collate "C" not null,
  token_b text collate "C" not null,
  resident_id uuid not null references residents(id),
  primary key (token_a, token_b, resident_id),
  check (token_a < token_b)
);

create or replace function residents_index_name_tokens() returns trigger language plpgsql as $$
begin
  with words as (
    select distinct t, new_rows.id from new_rows, regexp_split_to_table(new_rows.search_name, '[^[:alnum:]]+') t where length(t) > 0
  ), added as (
    insert into resident_tokens (token, resident_id) select t, id from words on conflict do nothing returning token
  )
  insert into name_tokens (token, residents) select token, count(*) from added group by token
    on conflict (token) do update set residents = name_tokens.residents + excluded.residents;
  with words as (
    select distinct t collate "C" as t, new_rows.id from new_rows, regexp_split_to_table(new_rows.search_name, '[^[:alnum:]]+') t where length(t) > 0
  )
  insert into resident_name_pairs (token_a, token_b, resident_id)
    select a.t, b.t, a.id from words a join words b on b.id = a.id and a.t < b.t
    on conflict do nothing;
  return null;
end $$;

-- Residents that existed before this migration.
insert into resident_name_pairs (token_a, token_b, resident_id)
  select a.token collate "C", b.token collate "C", a.resident_id
  from resident_tokens a join resident_tokens b on b.resident_id = a.resident_id and a.token collate "C" < b.token collate "C"
  on conflict do nothing;

analyze resident_name_pairs;

-- A typo is looked up by trigram similarity in the name dictionary. The planner counts similarity() as cheap
-- and, on a dictionary of a few thousand words, scans them all (a millisecond) instead of reading the trigram
-- index (a tenth of one). Costing the operator as the work it is lets the index win. Where the extension's
-- functions belong to another role (a managed server), the plan stays as it was: not worth failing the upgrade.
do $$
begin
  alter function similarity_op(text, text) cost 100;
exception when insufficient_privilege then
  raise notice 'pg_trgm''s similarity_op is not ours to tune; typo look-ups may scan the name dictionary';
end $$;
