-- Name search checks "does this resident also have a word matching X" by index probe.
create index resident_tokens_resident_token on resident_tokens (resident_id, token);
drop index resident_tokens_resident;
