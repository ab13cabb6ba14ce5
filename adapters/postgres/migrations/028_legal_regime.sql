-- What the law says of each request type's silence (CRPA L231-1, L231-4): no decision is expected (a report, a
-- question), or one is, and silence is worth acceptance or rejection after a period (two months unless a text says
-- otherwise). The acknowledgement states the date the implicit decision arises and, for a rejection, how to appeal
-- (R112-5); `appeal_routes` is the city's own wording, a general one when null.
alter table request_types
  add column implicit_decision text not null default 'none' check (implicit_decision in ('none', 'acceptance', 'rejection')),
  add column implicit_decision_months integer not null default 2 check (implicit_decision_months between 1 and 12),
  add column appeal_routes text;

-- An incomplete request (L114-5): while the missing items are awaited, the implicit decision's period does not run;
-- it runs from the day they arrive (completed_at).
alter table cases
  add column missing_items_asked_at timestamptz,
  add column completed_at timestamptz;
