CREATE TABLE events (id integer PRIMARY KEY, count integer NOT NULL DEFAULT 0);
