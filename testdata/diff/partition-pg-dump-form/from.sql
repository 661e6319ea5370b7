CREATE SEQUENCE notes_id_seq;
CREATE TABLE notes (id bigint DEFAULT nextval('notes_id_seq') NOT NULL, noteable_type text NOT NULL, note text, PRIMARY KEY (id, noteable_type)) PARTITION BY LIST (noteable_type);
ALTER SEQUENCE notes_id_seq OWNED BY notes.id;
CREATE TABLE epic_notes PARTITION OF notes FOR VALUES IN ('Epic');
CREATE TABLE issue_notes PARTITION OF notes FOR VALUES IN ('Issue');
CREATE INDEX index_notes_on_note ON notes (note);
