-- A typo is a word of about the same length as the one meant. The trigram index alone also proposes every word
-- sharing the typed word's first three letters, however long: on a dictionary where thousands of words share a
-- beginning ("ben…" at 1 M residents: 49,000 words) one look-up rechecked them all (60 ms). With the word's length
-- in the same GIN index (btree_gin), words too long or too short to be a typo are dropped inside the index.
-- btree_gin ships with PostgreSQL (contrib) and is a trusted extension, like pg_trgm.
create extension if not exists btree_gin;
create index name_tokens_length_trgm on name_tokens using gin ((length(token)), token gin_trgm_ops);
drop index name_tokens_trgm_gin;
analyze name_tokens;
