-- s13-merge: two stored events a later report showed to be one. The absorbed event's claims,
-- participants and links moved to the surviving one and its row was deleted (its versions stay in
-- event_aud); this row lets GET /api/events/{absorbed} point to where it went. No foreign key: the
-- absorbed event no longer exists, and the surviving one may be deleted or absorbed in its turn.
-- Portable SQL: H2 2.x and PostgreSQL 15+.
create table event_merge (
    absorbed_id  bigint                   not null primary key,
    surviving_id bigint                   not null,
    merged_at    timestamp with time zone not null
);
create index ix_event_merge_surviving on event_merge (surviving_id);
