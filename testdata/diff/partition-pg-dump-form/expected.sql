CREATE TABLE mr_notes PARTITION OF notes FOR VALUES IN ('MergeRequest');
