DROP INDEX index_activities_on_created_at;

ALTER TABLE activities ADD CONSTRAINT activities_pkey PRIMARY KEY (id, trackable_type);

CREATE INDEX activities_lower_idx ON activities (lower(trackable_type));

CREATE INDEX index_activities_on_author_id ON activities (author_id);

CREATE INDEX index_activities_on_created_at ON activities (created_at DESC);

CREATE INDEX epic_only_idx ON epic_activities (id) WHERE (author_id IS NULL);
