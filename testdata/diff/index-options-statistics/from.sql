-- storage parameters of tables (toast.* too), indexes and keys, in the
-- order they were set; statistics of index expressions
CREATE TABLE docs (
    id bigint PRIMARY KEY,
    title text,
    body text
) WITH (fillfactor=70, autovacuum_enabled=false);
CREATE INDEX docs_title_idx ON docs (title) WITH (fillfactor=80);
CREATE INDEX docs_lower_idx ON docs (lower(title), (length(body)));
ALTER INDEX docs_lower_idx ALTER COLUMN 1 SET STATISTICS 200;
ALTER INDEX docs_lower_idx ALTER COLUMN 2 SET STATISTICS 50;
CREATE INDEX docs_body_idx ON docs (body);
ALTER INDEX docs_body_idx SET (deduplicate_items=off, fillfactor=60);

CREATE TABLE notes (id int, body text);
ALTER TABLE notes SET (toast.autovacuum_enabled=false, autovacuum_vacuum_scale_factor=0.2);
