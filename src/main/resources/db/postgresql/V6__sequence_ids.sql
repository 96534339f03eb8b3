-- PostgreSQL only (location db/postgresql; db/h2/V6__sequence_ids.sql is its H2 twin, so the
-- next shared migration is V7). Events, claims, conflicts, entities and aliases take their ids
-- from sequences rather than identity columns, so that Hibernate knows a new row's id before it
-- inserts it and sends an ingest's tens of such rows in JDBC batches (an identity id comes back
-- only from the row's own insert). Each sequence hands out blocks of 50 (Hibernate's pooled-lo
-- allocation, pinned in application.properties: a nextval of N reserves N..N+49), so it starts
-- just above the highest existing id; two instances on one database each reserve their own blocks. The identity is
-- dropped so that an insert without an id fails rather than takes an id a block already holds.
create sequence event_seq increment by 50;
select setval('event_seq', coalesce((select max(id) from event), 0) + 1, false);
alter table event alter column id drop identity;

create sequence claim_seq increment by 50;
select setval('claim_seq', coalesce((select max(id) from claim), 0) + 1, false);
alter table claim alter column id drop identity;

create sequence conflict_seq increment by 50;
select setval('conflict_seq', coalesce((select max(id) from conflict), 0) + 1, false);
alter table conflict alter column id drop identity;

create sequence named_entity_seq increment by 50;
select setval('named_entity_seq', coalesce((select max(id) from named_entity), 0) + 1, false);
alter table named_entity alter column id drop identity;

create sequence entity_alias_seq increment by 50;
select setval('entity_alias_seq', coalesce((select max(id) from entity_alias), 0) + 1, false);
alter table entity_alias alter column id drop identity;
