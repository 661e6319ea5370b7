-- an extension in its own schema, whose type a new column uses
CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
CREATE TABLE users (id bigint PRIMARY KEY, email ext.citext NOT NULL UNIQUE);
