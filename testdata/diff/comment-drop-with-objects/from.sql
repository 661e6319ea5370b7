CREATE TABLE things (id integer PRIMARY KEY, note text);
COMMENT ON COLUMN things.note IS 'column';
CREATE INDEX things_note_idx ON things (note);
COMMENT ON INDEX things_note_idx IS 'index';
CREATE TABLE gone (id integer);
COMMENT ON TABLE gone IS 'table';
