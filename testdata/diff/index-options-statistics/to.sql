-- docs: table options in another order and one more; an index's option
-- changed, a key's added (ALTER INDEX on the key's index); expression
-- statistics changed, dropped and added; docs_body_idx loses one option
CREATE TABLE docs (
    id bigint PRIMARY KEY,
    title text,
    body text
) WITH (autovacuum_enabled=false, fillfactor=70, toast.autovacuum_enabled=true);
CREATE INDEX docs_title_idx ON docs (title) WITH (fillfactor=90);
ALTER INDEX docs_pkey SET (fillfactor=50);
CREATE INDEX docs_lower_idx ON docs (lower(title), (length(body)));
ALTER INDEX docs_lower_idx ALTER COLUMN 1 SET STATISTICS 300;
CREATE INDEX docs_body_idx ON docs (body) WITH (deduplicate_items=off);

CREATE TABLE notes (id int, body text);
ALTER TABLE notes SET (autovacuum_vacuum_scale_factor=0.2);
CREATE INDEX notes_expr_idx ON notes ((body || 'x'), id) WITH (fillfactor=100);
ALTER INDEX notes_expr_idx ALTER COLUMN 1 SET STATISTICS 1000;
