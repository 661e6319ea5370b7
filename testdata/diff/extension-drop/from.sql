CREATE EXTENSION pg_trgm WITH SCHEMA public;
CREATE TABLE docs (id integer, body text);
