CREATE TABLE t (id bigint PRIMARY KEY, n int NOT NULL, name text);
CREATE INDEX t_n_idx ON t (n);
CREATE SEQUENCE counter;
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE SCHEMA app;
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
