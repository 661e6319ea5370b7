-- a check constraint with NO INHERIT
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    value double precision,
    CONSTRAINT measurements_value_check CHECK (value >= 0) NO INHERIT
);
