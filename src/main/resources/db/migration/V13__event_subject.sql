-- Extraction: the noun an unnamed subject is told by ("crews had reported ..." -> crew), so that a
-- denial with a general object ("denied that crews had reported any problem") meets the report it
-- denies (GeneralObject). Portable SQL: H2 2.x and PostgreSQL 15+. Not in event_aud: derived, like
-- action and theme it changes only with the first claim.
alter table event add column subject varchar(100);
