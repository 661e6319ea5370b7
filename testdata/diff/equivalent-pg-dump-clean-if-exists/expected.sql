CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;

CREATE TABLE app.owners (
    id bigint NOT NULL,
    name text,
    CONSTRAINT owners_name_key UNIQUE (name),
    CONSTRAINT owners_pkey PRIMARY KEY (id)
);

ALTER TABLE app.tasks ADD COLUMN owner_id bigint;

ALTER TABLE app.tasks ENABLE ROW LEVEL SECURITY;

CREATE INDEX tasks_title_idx ON app.tasks (lower(title));

ALTER TABLE app.tasks ADD CONSTRAINT tasks_owner_fk FOREIGN KEY (owner_id) REFERENCES app.owners (id);

CREATE POLICY tasks_all ON app.tasks TO public USING (owner_id IS NOT NULL);

CREATE TRIGGER tasks_touch BEFORE UPDATE ON app.tasks FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE VIEW app.open_tasks AS SELECT tasks.id, tasks.title FROM app.tasks WHERE tasks.status = 'new'::app.status;

COMMENT ON TABLE app.tasks IS 'work items';
