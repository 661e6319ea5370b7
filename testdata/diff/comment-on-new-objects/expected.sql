CREATE SCHEMA app;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA app;

CREATE TYPE app.kind AS ENUM ('a', 'b');

CREATE SEQUENCE app.seq;

CREATE TABLE app.things (
    id integer NOT NULL,
    kind app.kind,
    CONSTRAINT things_pkey PRIMARY KEY (id)
);

CREATE INDEX things_kind_idx ON app.things (kind);

COMMENT ON COLUMN app.things.kind IS 'column';

COMMENT ON CONSTRAINT things_pkey ON app.things IS 'constraint';

COMMENT ON EXTENSION pgcrypto IS 'extension';

COMMENT ON INDEX app.things_kind_idx IS 'index';

COMMENT ON SCHEMA app IS 'schema';

COMMENT ON SEQUENCE app.seq IS 'sequence';

COMMENT ON TABLE app.things IS 'table';

COMMENT ON TYPE app.kind IS 'type';
