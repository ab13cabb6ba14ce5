-- Every search result, the screen pop and the 360° record count each resident's open cases. Through the index of
-- all their cases each count read every case's row to look at its status — on a search's first look at twenty
-- residents, sixty pages read from disk or the OS cache. The open ones alone, by resident, answer from the index.
-- The status list is written out as in the queries: the planner uses a partial index only for the same predicate.
create index cases_open_by_resident on cases (resident_id) where status in ('received', 'in_progress', 'escalated', 'awaiting_resident');
