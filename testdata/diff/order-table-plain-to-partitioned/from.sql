CREATE TABLE events (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 100),
    n serial,
    day date NOT NULL
);
