-- One participant per list position of an event. Two ingests that add different participants to
-- the same stored event at the same moment (with no participant in common, so that their entity
-- locks do not order them) both appended at the same position: the event then loaded with one of
-- the two lost, and every later ingest that added the lost one again failed on the primary key.
-- The unique index turns that race into a unique-key violation, after which the losing ingest
-- runs again (@RetryOnDuplicate) and appends after the winner. Rows already stored with a
-- shared or skipped position are renumbered first, in their stored order.
-- Portable SQL: H2 2.x and PostgreSQL 15+ (MERGE).
merge into event_participant p
using (select event_id, entity_id,
              row_number() over (partition by event_id order by position, entity_id) - 1 as rn
       from event_participant) r
on p.event_id = r.event_id and p.entity_id = r.entity_id
when matched and p.position <> r.rn then update set position = r.rn;

create unique index ux_event_participant_position on event_participant (event_id, position);
