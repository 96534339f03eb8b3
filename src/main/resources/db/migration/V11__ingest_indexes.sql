-- Ingest speed: fewer indexes to write, one to read instead of event rows. Portable SQL: H2 2.x and PostgreSQL 15+.

-- Every index of a table is written on each insert, and with WRITE_DELAY=0 its changed pages on each
-- commit. Every query of claims by event names superseded = false and orders by id, which
-- claim (event_id, superseded, id) answers: claim (event_id, id) is only written. Claims by article
-- read the rows anyway (an article has a few dozen), so claim (article_id) serves them as well as
-- claim (article_id, superseded); the narrower one is kept, because H2 makes a foreign key use an
-- index of exactly its columns. claim_aud (id, rev) is its primary key again.
drop index ix_claim_event;
drop index ix_claim_article_active;
drop index ix_claim_aud_id;

-- The stored denials of an article's actions (EventRepository.denialRows) join each counting
-- denial claim to its event by id for the action and the dates: through the primary key, one read
-- of the whole event row per denial, mostly from pages outside H2's cache. This index holds just
-- those columns, so the join reads it alone (an append on each event insert; the dates change only
-- when a claim changes the event's date).
create index ix_event_id_span on event (id, action, sort_start, sort_end);
