-- Benchmark dataset for H2, set-based (no per-row round trips): @EVENTS events across 1,000
-- entities, 2 participants, 1 tag and 2 agreeing claims per event (so asserted, V14), dates spread over ten years.
-- bench/run.sh replaces @EVENTS, @EVENTS_NEXT and @CLAIMS_NEXT with numbers. Run on a database that Flyway has migrated and that holds nothing else; the id sequences
-- (V6__sequence_ids.sql) are moved past the generated rows.
-- Entity k is named "Person k"; its aliases are normalized as io.factline.entity.Names does.

insert into named_entity (id, name, kind)
select x, 'Person ' || x, 'PERSON' from system_range(1, 1000);
alter sequence named_entity_seq restart with 1001;

insert into entity_alias (id, entity_id, alias, normalized)
select x, x, 'Person ' || x, 'person ' || x from system_range(1, 1000);
alter sequence entity_alias_seq restart with 1001;

insert into event (id, title, summary, kind, location, date_value, sort_start, sort_end, conflicted,
                   asserted, created_at, updated_at)
select x,
       'Event ' || x || ': talks in city ' || mod(x, 97),
       'Delegations met for round ' || x || ' of the talks.',
       'meeting',
       'City ' || mod(x, 97),
       formatdatetime(dateadd('DAY', mod(x * 37, 3650), date '2016-01-01'), 'yyyy-MM-dd'),
       dateadd('DAY', mod(x * 37, 3650), date '2016-01-01'),
       dateadd('DAY', mod(x * 37, 3650), date '2016-01-01'),
       false, true, current_timestamp, current_timestamp
from system_range(1, @EVENTS);
alter sequence event_seq restart with @EVENTS_NEXT;

-- Participants: entity (x mod 1000) + 1 and a second one 500 further on, never the same.
insert into event_participant (event_id, entity_id, position)
select x, mod(x, 1000) + 1, 0 from system_range(1, @EVENTS);
insert into event_participant (event_id, entity_id, position)
select x, mod(x + 500, 1000) + 1, 1 from system_range(1, @EVENTS);

insert into event_tag (event_id, tag)
select x, 'topic-' || mod(x, 50) from system_range(1, @EVENTS);

insert into claim (id, event_id, article_id, source_url, outlet, attributed_to, quote, begin_offset, end_offset,
                   stance, date_value, rank, extracted, created_at, updated_at)
select 2 * e.x - 1 + c.x, e.x, null, 'https://example.org/bench/' || e.x || '/' || c.x,
       'Outlet ' || mod(e.x + c.x, 20), 'Spokesperson ' || mod(e.x, 40), 'The round of talks took place as planned.',
       null, null, 'ASSERTS', formatdatetime(dateadd('DAY', mod(e.x * 37, 3650), date '2016-01-01'), 'yyyy-MM-dd'),
       'NORMAL', false, current_timestamp, current_timestamp
from system_range(1, @EVENTS) e cross join system_range(0, 1) c;
alter sequence claim_seq restart with @CLAIMS_NEXT;
