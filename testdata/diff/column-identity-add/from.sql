CREATE TABLE users (id integer PRIMARY KEY, legacy_id integer);
