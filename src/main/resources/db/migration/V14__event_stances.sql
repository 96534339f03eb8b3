-- Ingest speed: the action lookups walk an index of the events' stances. Portable SQL: H2 2.x and
-- PostgreSQL 15+.

-- What a denial denies, the denials of an asserted event and the stored events an unnamed candidate
-- may match are the newest dozen events of an action, in a window, that a counting claim asserts (or
-- denies). Each event now keeps whether one does (EventRefresh derives both from its claims, as it
-- derives the date), so the lookups walk (action, asserted | denied, id desc, ...) newest first and
-- stop at the dozen, with the dates in the index: no claim is read per event (V9's walk), and the
-- stored denials are no longer all read and joined to their events once per article (V10, V11).
alter table event add column asserted boolean default false not null;
alter table event add column denied boolean default false not null;
update event set
    asserted = exists (select 1 from claim c where c.event_id = event.id and c.stance = 'ASSERTS' and c.superseded = false),
    denied = exists (select 1 from claim c where c.event_id = event.id and c.stance = 'DENIES' and c.superseded = false);
create index ix_event_asserted_newest on event (action, asserted, id desc, sort_end, sort_start);
create index ix_event_denied_newest on event (action, denied, id desc, sort_end, sort_start);
-- Only the lookups read these; every insert wrote them.
drop index ix_event_action_newest;
drop index ix_claim_stance_event;
drop index ix_event_id_span;
