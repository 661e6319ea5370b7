CREATE TABLE mr_notes PARTITION OF notes FOR VALUES IN ('MergeRequest', 'Commit', NULL);

CREATE TABLE other_notes PARTITION OF notes DEFAULT;
