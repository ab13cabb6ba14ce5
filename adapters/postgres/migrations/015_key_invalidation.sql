-- Every API process caches resolved API keys briefly; a change to a key or an agent tells them all at once
-- (LISTEN guichet_keys_changed), so a revoked key or a deactivated agent stops working everywhere immediately.
create function guichet_keys_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('guichet_keys_changed', '');
  return null;
end $$;
create trigger api_keys_changed after update or delete on api_keys for each statement execute function guichet_keys_changed();
create trigger agents_changed after update or delete on agents for each statement execute function guichet_keys_changed();
