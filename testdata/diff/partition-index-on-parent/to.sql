CREATE TABLE activities (id bigint NOT NULL, trackable_type text NOT NULL, author_id bigint, created_at timestamp NOT NULL, PRIMARY KEY (id, trackable_type)) PARTITION BY LIST (trackable_type);
CREATE TABLE epic_activities PARTITION OF activities FOR VALUES IN ('Epic');
CREATE TABLE issue_activities PARTITION OF activities FOR VALUES IN ('Issue');
-- indexes and keys on the parent reach every partition
CREATE INDEX index_activities_on_author_id ON activities (author_id);
CREATE INDEX index_activities_on_created_at ON activities (created_at DESC);
CREATE INDEX ON activities (lower(trackable_type));
-- an index of one partition only
CREATE INDEX epic_only_idx ON epic_activities (id) WHERE author_id IS NULL;
