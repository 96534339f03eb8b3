-- Session 15 (s15-parties): what an entity acts for or belongs to, as articles say it ("X, the museum's
-- director": X and the museum; "Kestland legislature": the body and Kestland). Portable SQL: H2 2.x and
-- PostgreSQL 15+. Read both ways: a person's organisations, and an organisation's people.
create table entity_affiliation (
    member_id     bigint not null references named_entity (id) on delete cascade,
    affiliate_id  bigint not null references named_entity (id) on delete cascade,
    primary key (member_id, affiliate_id)
);
create index ix_entity_affiliation_affiliate on entity_affiliation (affiliate_id, member_id);
