-- Ingest speed: indexes that let the denial lookups decide from the index alone.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- Events of one action whose dates meet a window (what a denial denies, the denials of an
-- event): the end of the span is in the index too, so rows outside the window are skipped
-- without being read. Replaces ix_event_action (action, sort_start), a prefix of it.
create index ix_event_action_span on event (action, sort_start, sort_end);
drop index ix_event_action;

-- "Has a counting claim of this stance": one index probe per event, no claim row read.
create index ix_claim_event_stance on claim (event_id, stance, superseded);
