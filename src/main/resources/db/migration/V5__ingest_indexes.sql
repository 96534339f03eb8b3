-- Ingest speed: indexes for the denial lookups. Portable SQL: H2 2.x and PostgreSQL 15+.

-- Events of one action whose dates meet a window (what a denial denies, the denials of an
-- event): scanned from the window's start by the end of the span, so that events that ended
-- before the window (most of a long history) are not visited, and the start is checked in the
-- index without reading the row. Replaces ix_event_action (action, sort_start), which scanned
-- every earlier event of the action.
create index ix_event_action_end on event (action, sort_end, sort_start);
drop index ix_event_action;

-- "Has a counting claim of this stance": one index probe per event, no claim row read.
create index ix_claim_event_stance on claim (event_id, stance, superseded);
