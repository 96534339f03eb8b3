-- Extraction: article versions on claims, event action/theme for matching, denial links.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- A claim from an article's earlier text (before a correction) is kept for history but no
-- longer counts: superseded claims are left out of event dates, conflicts and views.
alter table claim add column article_version integer;
alter table claim add column superseded boolean default false not null;
create index ix_claim_event_active on claim (event_id, superseded, id);
create index ix_claim_article_active on claim (article_id, superseded);

-- The lemma an extracted event is anchored to ("travel", "receive") and the head of its object
-- ("draft"): what a denial is matched on.
alter table event add column action varchar(100);
alter table event add column theme varchar(100);
create index ix_event_action on event (action, sort_start);

-- A denial reported as its own event (a statement that something did not happen) linked to
-- the event it denies; the CONTRADICTION between them spans both events.
create table event_link (
    asserted_event_id  bigint not null references event (id) on delete cascade,
    denying_event_id   bigint not null references event (id) on delete cascade,
    primary key (asserted_event_id, denying_event_id)
);
create index ix_event_link_denying on event_link (denying_event_id, asserted_event_id);
