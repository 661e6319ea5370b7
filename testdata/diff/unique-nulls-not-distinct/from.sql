CREATE TABLE slots (id integer PRIMARY KEY, room integer, starts_at timestamptz, UNIQUE (room, starts_at));
