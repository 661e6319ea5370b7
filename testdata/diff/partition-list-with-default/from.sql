CREATE TABLE notes (id bigint NOT NULL, kind text NOT NULL, body text) PARTITION BY LIST (kind);
CREATE TABLE issue_notes PARTITION OF notes FOR VALUES IN ('Issue');
