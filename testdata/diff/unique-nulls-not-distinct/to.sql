-- a unique constraint becomes NULLS NOT DISTINCT (a new PostgreSQL 15 option)
CREATE TABLE slots (id integer PRIMARY KEY, room integer, starts_at timestamptz, UNIQUE NULLS NOT DISTINCT (room, starts_at));
