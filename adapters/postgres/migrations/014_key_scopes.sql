-- What an API key may reach beyond its role: an integrator reads attachments only with `attachments:read`.
alter table api_keys add column scopes text[] not null default '{}';
