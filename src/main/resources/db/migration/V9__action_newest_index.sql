-- Ingest speed: the newest events of an action. Portable SQL: H2 2.x and PostgreSQL 15+.

-- The action lookups (EventRepository.newestIds: what a denial denies, the denials of an event,
-- the stored events an unnamed candidate may match) want the newest dozen events of one action
-- whose dates meet a window. Walked newest first from this index, with the dates checked in it,
-- they stop at the dozen. Through ix_event_action_end (action, sort_end, sort_start) they read
-- every event of the action in the window and sorted them, a cost that grew with every stored
-- event of the action; H2 chose that index over this one while both existed, so it is replaced.
create index ix_event_action_newest on event (action, id desc, sort_end, sort_start);
drop index ix_event_action_end;
