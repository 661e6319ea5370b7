DROP INDEX index_activities_on_created_at;

ALTER TABLE ONLY activities ADD CONSTRAINT activities_pkey PRIMARY KEY (id, trackable_type);

ALTER TABLE epic_activities ADD CONSTRAINT epic_activities_pkey PRIMARY KEY (id, trackable_type);

ALTER TABLE issue_activities ADD CONSTRAINT issue_activities_pkey PRIMARY KEY (id, trackable_type);

CREATE INDEX activities_lower_idx ON ONLY activities (lower(trackable_type));

CREATE INDEX index_activities_on_author_id ON ONLY activities (author_id);

CREATE INDEX index_activities_on_created_at ON ONLY activities (created_at DESC);

CREATE INDEX epic_activities_author_id_idx ON epic_activities (author_id);

CREATE INDEX epic_activities_created_at_idx ON epic_activities (created_at DESC);

CREATE INDEX epic_activities_lower_idx ON epic_activities (lower(trackable_type));

CREATE INDEX epic_only_idx ON epic_activities (id) WHERE (author_id IS NULL);

CREATE INDEX issue_activities_author_id_idx ON issue_activities (author_id);

CREATE INDEX issue_activities_created_at_idx ON issue_activities (created_at DESC);

CREATE INDEX issue_activities_lower_idx ON issue_activities (lower(trackable_type));

ALTER INDEX index_activities_on_author_id ATTACH PARTITION epic_activities_author_id_idx;

ALTER INDEX index_activities_on_created_at ATTACH PARTITION epic_activities_created_at_idx;

ALTER INDEX activities_lower_idx ATTACH PARTITION epic_activities_lower_idx;

ALTER INDEX activities_pkey ATTACH PARTITION epic_activities_pkey;

ALTER INDEX index_activities_on_author_id ATTACH PARTITION issue_activities_author_id_idx;

ALTER INDEX index_activities_on_created_at ATTACH PARTITION issue_activities_created_at_idx;

ALTER INDEX activities_lower_idx ATTACH PARTITION issue_activities_lower_idx;

ALTER INDEX activities_pkey ATTACH PARTITION issue_activities_pkey;
