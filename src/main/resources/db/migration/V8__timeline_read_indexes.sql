-- Timeline read speed. Portable SQL: H2 2.x and PostgreSQL 15+.

-- The participant names of a page of events (EventViewReader): read in list order from this
-- index alone. The primary key (event_id, entity_id) has no position, so every participant row
-- was read from the table as well, each from its own page once the table outgrows H2's page
-- cache: with 100k events, the participants of a page of 200 events read 1,151 pages with a cold
-- cache, 482 with this index (EXPLAIN ANALYZE, bound parameters as the application sends them).
create index ix_event_participant_names on event_participant (event_id, position, entity_id);
