-- Each participant row keeps its event's date span, so that the stored events an article's candidates
-- may merge with are found by participant and date in one index (EventRepository.participantRows)
-- instead of by participant alone: that read every event the participant ever had, each through its
-- event row, a cost that grew with every article stored (src/docs/operations.md, "Session 12").
-- The columns copy event.sort_start and event.sort_end (EventRepository.syncParticipantSpans keeps them
-- so); Hibernate's participant list does not map them, so a row it inserts starts without them.
-- Portable SQL: H2 2.x and PostgreSQL 15+.
alter table event_participant add column sort_start date;
alter table event_participant add column sort_end date;
update event_participant
   set sort_start = (select e.sort_start from event e where e.id = event_participant.event_id),
       sort_end = (select e.sort_end from event e where e.id = event_participant.event_id);
create index ix_event_participant_span on event_participant (entity_id, sort_end, sort_start, event_id);
