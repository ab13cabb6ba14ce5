-- Least-loaded assignment counts each agent's open cases at every escalation.
create index cases_assignee_open on cases (assignee_id) where status in ('escalated', 'in_progress', 'awaiting_resident');

-- Request types whose cases go straight to their directorate when recorded (a dangerous tree, say).
alter table request_types add column auto_escalate boolean not null default false;
update request_types set auto_escalate = true where code in ('EV-ARBRE', 'URB-LOGEMENT-INSALUBRE', 'TRA-VEHICULE-ABANDONNE');
