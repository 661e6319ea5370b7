-- a column dropped that a foreign key, a check and a unique constraint use
CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE players (
    id integer PRIMARY KEY,
    number integer CHECK (number > 0)
);
