CREATE TABLE data (
    key text NOT NULL,
    name text,
    type text,
    value jsonb,
    action text,
    "position" integer,
    CONSTRAINT data_pkey PRIMARY KEY (key)
);

CREATE INDEX data_type_position_idx ON data (type, "position");
