ALTER TABLE docs SET (fillfactor=70, toast.autovacuum_enabled=true);

ALTER TABLE notes RESET (toast.autovacuum_enabled);

CREATE INDEX notes_expr_idx ON notes ((body || 'x'), id) WITH (fillfactor=100);

ALTER INDEX docs_title_idx SET (fillfactor=90);

ALTER INDEX docs_lower_idx ALTER COLUMN 1 SET STATISTICS 300;
ALTER INDEX docs_lower_idx ALTER COLUMN 2 SET STATISTICS -1;

ALTER INDEX docs_body_idx RESET (fillfactor);

ALTER INDEX docs_pkey SET (fillfactor=50);

ALTER INDEX notes_expr_idx ALTER COLUMN 1 SET STATISTICS 1000;
