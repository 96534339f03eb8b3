-- PostgreSQL only (location db/postgresql). The timeline orders by title and entities are listed
-- by name in code-point order, the order of Java's String.compareTo and of H2; a database created
-- with a linguistic collation (en_US.UTF-8, ICU) would sort "apple" before "Banana" and break the
-- keyset cursors, which compare with the same operators. "C" pins the order on these columns
-- whatever the database's default. Repeatable, so that it never takes a version number from the
-- shared migrations; it is idempotent, and Flyway runs it again only when this file changes.
-- A later migration that changes the type of these columns must keep COLLATE "C".
alter table event alter column title type varchar(500) collate "C";
alter table named_entity alter column name type varchar(300) collate "C";
