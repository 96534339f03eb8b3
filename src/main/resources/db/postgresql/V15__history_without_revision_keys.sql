-- PostgreSQL only (location db/postgresql; db/h2/V15__history_without_revision_keys.sql is its H2 twin).
-- Ingest speed: each of an ingest's ~118 history rows (Envers) checked its foreign key to `revision`
-- (a trigger looking the revision up). Only Envers writes these tables, always with the revision of
-- the transaction it writes them in, and no revision is ever deleted, so the keys go
-- (src/docs/extraction.md, "Session 11").
alter table event_aud drop constraint event_aud_rev_fkey;
alter table event_tag_aud drop constraint event_tag_aud_rev_fkey;
alter table event_participant_aud drop constraint event_participant_aud_rev_fkey;
alter table claim_aud drop constraint claim_aud_rev_fkey;
alter table conflict_aud drop constraint conflict_aud_rev_fkey;
alter table conflict_event_aud drop constraint conflict_event_aud_rev_fkey;
alter table conflict_claim_aud drop constraint conflict_claim_aud_rev_fkey;
