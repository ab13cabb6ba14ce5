-- Notifications are delivered to residents on their channel (email, SMS); each row is one send, claimed once.
alter table notifications add column channel text;
alter table notifications add column message jsonb;
alter table notifications add column attempts integer not null default 0;
alter table notifications add column available_at timestamptz;
alter table notifications add column sent_at timestamptz;
alter table notifications add column provider_message_id text;
alter table notifications add column delivery_status text;
alter table notifications add column last_error text;
create index notifications_to_send on notifications (available_at) where recipient = 'resident' and status in ('recorded', 'retry');
create index notifications_provider on notifications (provider_message_id) where provider_message_id is not null;
