-- Each directorate's opening hours, structured for deadline arithmetic: minutes after local midnight per
-- ISO weekday ({"1": [[510, 720], [810, 1020]], …}). Null: the city's default hours.
alter table directorates add column business_hours jsonb;
