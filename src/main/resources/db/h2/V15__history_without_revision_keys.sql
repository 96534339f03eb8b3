-- H2 only (location db/h2; db/postgresql/V15__history_without_revision_keys.sql is its PostgreSQL twin).
-- Ingest speed: an ingest writes ~118 history rows (Envers), and each checked its foreign key to
-- `revision` (a look-up of the revision row) and wrote an entry in the index H2 keeps for that key,
-- on top of the row and its primary key. Only Envers writes these tables, always with the revision
-- of the transaction it writes them in, and no revision is ever deleted; the history is read by
-- entity id (the primary keys), never by revision. So the keys go, and with each its index
-- (src/docs/extraction.md, "Session 11"). The generated constraint names differ between
-- databases, so they are read from INFORMATION_SCHEMA.
execute immediate (select 'alter table event_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'EVENT_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
execute immediate (select 'alter table event_tag_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'EVENT_TAG_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
execute immediate (select 'alter table event_participant_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'EVENT_PARTICIPANT_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
execute immediate (select 'alter table claim_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'CLAIM_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
execute immediate (select 'alter table conflict_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'CONFLICT_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
execute immediate (select 'alter table conflict_event_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'CONFLICT_EVENT_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
execute immediate (select 'alter table conflict_claim_aud drop constraint ' || quote_ident(tc.constraint_name)
    from information_schema.table_constraints tc join information_schema.key_column_usage k
        on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where tc.table_schema = 'PUBLIC' and tc.table_name = 'CONFLICT_CLAIM_AUD'
        and tc.constraint_type = 'FOREIGN KEY' and k.column_name = 'REV');
