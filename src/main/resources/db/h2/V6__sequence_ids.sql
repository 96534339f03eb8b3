-- H2 only (location db/h2; db/postgresql/V6__sequence_ids.sql is its PostgreSQL twin, so the
-- next shared migration is V7). Events, claims, conflicts, entities and aliases take their ids
-- from sequences rather than identity columns, so that Hibernate knows a new row's id before it
-- inserts it and sends an ingest's tens of such rows in JDBC batches (an identity id comes back
-- only from the row's own insert). Each sequence hands out blocks of 50 (Hibernate's pooled-lo
-- allocation, pinned in application.properties: a nextval of N reserves N..N+49), so it starts
-- just above the highest existing id; two instances on one database each reserve their own blocks. The identity is
-- dropped so that an insert without an id fails rather than takes an id a block already holds.
create sequence event_seq increment by 50;
alter sequence event_seq restart with (select coalesce(max(id), 0) + 1 from event);
alter table event alter column id drop identity;

create sequence claim_seq increment by 50;
alter sequence claim_seq restart with (select coalesce(max(id), 0) + 1 from claim);
alter table claim alter column id drop identity;

create sequence conflict_seq increment by 50;
alter sequence conflict_seq restart with (select coalesce(max(id), 0) + 1 from conflict);
alter table conflict alter column id drop identity;

create sequence named_entity_seq increment by 50;
alter sequence named_entity_seq restart with (select coalesce(max(id), 0) + 1 from named_entity);
alter table named_entity alter column id drop identity;

create sequence entity_alias_seq increment by 50;
alter sequence entity_alias_seq restart with (select coalesce(max(id), 0) + 1 from entity_alias);
alter table entity_alias alter column id drop identity;
