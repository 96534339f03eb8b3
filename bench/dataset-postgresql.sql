-- The benchmark dataset of bench/dataset.sql for PostgreSQL (generate_series instead of H2's
-- system_range): @EVENTS events across 1,000 entities, 2 participants, 1 tag and 2 agreeing
-- claims per event, dates spread over ten years. bench/run.sh replaces @EVENTS, @EVENTS_NEXT
-- and @CLAIMS_NEXT with numbers. Run on a database that Flyway has migrated and that holds nothing else; the id sequences
-- (V6__sequence_ids.sql) are moved past the generated rows.

insert into named_entity (id, name, kind)
select x, 'Person ' || x, 'PERSON' from generate_series(1, 1000) x;
select setval('named_entity_seq', 1001, false);

insert into entity_alias (id, entity_id, alias, normalized)
select x, x, 'Person ' || x, 'person ' || x from generate_series(1, 1000) x;
select setval('entity_alias_seq', 1001, false);

insert into event (id, title, summary, kind, location, date_value, sort_start, sort_end, conflicted,
                   asserted, created_at, updated_at)
select x,
       'Event ' || x || ': talks in city ' || mod(x, 97),
       'Delegations met for round ' || x || ' of the talks.',
       'meeting',
       'City ' || mod(x, 97),
       to_char(date '2016-01-01' + mod(x * 37, 3650), 'YYYY-MM-DD'),
       date '2016-01-01' + mod(x * 37, 3650),
       date '2016-01-01' + mod(x * 37, 3650),
       false, true, current_timestamp, current_timestamp
from generate_series(1, @EVENTS) x;
select setval('event_seq', @EVENTS_NEXT, false);

insert into event_participant (event_id, entity_id, position)
select x, mod(x, 1000) + 1, 0 from generate_series(1, @EVENTS) x;
insert into event_participant (event_id, entity_id, position)
select x, mod(x + 500, 1000) + 1, 1 from generate_series(1, @EVENTS) x;

insert into event_tag (event_id, tag)
select x, 'topic-' || mod(x, 50) from generate_series(1, @EVENTS) x;

insert into claim (id, event_id, article_id, source_url, outlet, attributed_to, quote, begin_offset, end_offset,
                   stance, date_value, rank, extracted, created_at, updated_at)
select 2 * e - 1 + c, e, null, 'https://example.org/bench/' || e || '/' || c,
       'Outlet ' || mod(e + c, 20), 'Spokesperson ' || mod(e, 40), 'The round of talks took place as planned.',
       null, null, 'ASSERTS', to_char(date '2016-01-01' + mod(e * 37, 3650), 'YYYY-MM-DD'),
       'NORMAL', false, current_timestamp, current_timestamp
from generate_series(1, @EVENTS) e cross join generate_series(0, 1) c;
select setval('claim_seq', @CLAIMS_NEXT, false);

analyze named_entity, entity_alias, event, event_participant, event_tag, claim;
