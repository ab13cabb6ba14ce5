-- The console's screen pop reads the last calls the telephony system reported for one agent's line.
create index phone_calls_agent on phone_calls (agent_id, at desc);
