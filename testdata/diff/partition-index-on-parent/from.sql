CREATE TABLE activities (id bigint NOT NULL, trackable_type text NOT NULL, author_id bigint, created_at timestamp NOT NULL) PARTITION BY LIST (trackable_type);
CREATE TABLE epic_activities PARTITION OF activities FOR VALUES IN ('Epic');
CREATE TABLE issue_activities PARTITION OF activities FOR VALUES IN ('Issue');
CREATE INDEX index_activities_on_created_at ON activities (created_at);
