CREATE TABLE parent (id integer NOT NULL, CONSTRAINT parent_id_key UNIQUE (id));
CREATE TABLE child (parent_id integer REFERENCES parent (id));
