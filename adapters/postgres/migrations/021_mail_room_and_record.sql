-- The mail room reviews what the email channel could not read: who released a quarantined message is kept
-- beside when (the raw bytes themselves are deleted once it is handled).
alter table inbound_quarantine add column released_by text;

-- The 360° record lists the possible duplicates of one resident, on either side of a pair.
create index resident_duplicate_candidates_b on resident_duplicate_candidates (resident_b) where dismissed_at is null;
