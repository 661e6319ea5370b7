CREATE TABLE notes (id bigint NOT NULL, kind text NOT NULL, body text) PARTITION BY LIST (kind);
CREATE TABLE issue_notes PARTITION OF notes FOR VALUES IN ('Issue');
-- two values and NULL in one partition, everything else in the default
CREATE TABLE mr_notes PARTITION OF notes FOR VALUES IN ('MergeRequest', 'Commit', NULL);
CREATE TABLE other_notes PARTITION OF notes DEFAULT;
