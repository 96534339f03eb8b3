-- H2 only (location db/h2; PostgreSQL makes no index for a foreign key and needs nothing here, and
-- the shared migrations skip V12). Ingest speed: H2 gave each foreign key an index of its own when
-- V1 created the tables, before V1's own indexes existed; for conflict_claim (claim_id) and
-- entity_alias (entity_id) that is a second index on exactly the same column, written on every
-- insert and commit. Each of the two foreign keys is dropped (its own index with it) and added
-- again: H2 then uses the explicit index of the same column. The generated constraint names differ
-- between databases, so they are read from INFORMATION_SCHEMA.
execute immediate (select 'alter table conflict_claim drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'CONFLICT_CLAIM'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'CLAIM_ID');
alter table conflict_claim add constraint fk_conflict_claim_claim foreign key (claim_id)
    references claim (id) on delete cascade;

execute immediate (select 'alter table entity_alias drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'ENTITY_ALIAS'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'ENTITY_ID');
alter table entity_alias add constraint fk_entity_alias_entity foreign key (entity_id)
    references named_entity (id) on delete cascade;
