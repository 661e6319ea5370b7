CREATE SCHEMA "my.app";
CREATE TABLE words (id integer PRIMARY KEY);
