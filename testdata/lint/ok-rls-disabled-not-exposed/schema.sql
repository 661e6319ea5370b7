CREATE SCHEMA private;
CREATE TABLE private.notes (id bigint PRIMARY KEY, body text);
