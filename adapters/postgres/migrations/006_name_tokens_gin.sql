-- Typo matching on the name dictionary: a GIN trigram index filters by similarity faster than
-- GiST nearest-neighbour ordering did on tens of thousands of words.
create index name_tokens_trgm_gin on name_tokens using gin (token gin_trgm_ops);
drop index name_tokens_trgm;

-- How many residents carry each name word, so a search starts from its rarest word.
alter table name_tokens add column residents integer not null default 0;
update name_tokens nt set residents = c.n
  from (select token, count(*)::int as n from resident_tokens group by token) c where c.token = nt.token;

create or replace function residents_index_name_tokens() returns trigger language plpgsql as $$
begin
  with words as (
    select distinct t, new_rows.id from new_rows, regexp_split_to_table(new_rows.search_name, '[^[:alnum:]]+') t where length(t) > 0
  ), added as (
    insert into resident_tokens (token, resident_id) select t, id from words on conflict do nothing returning token
  )
  insert into name_tokens (token, residents) select token, count(*) from added group by token
    on conflict (token) do update set residents = name_tokens.residents + excluded.residents;
  return null;
end $$;

analyze name_tokens;
