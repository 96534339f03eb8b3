-- Ingest speed: the stored denials, read once per article. Portable SQL: H2 2.x and PostgreSQL 15+.

-- The denials of an article's asserted events (EventRepository.denialRows) are read from the
-- counting denial claims, joined to their events by id: one read of the stored denials per article,
-- where a walk per action over ix_event_action_newest read every event of each action that nobody
-- denies (most actions). Denials are few next to the events they deny.
create index ix_claim_stance_event on claim (stance, superseded, event_id);
