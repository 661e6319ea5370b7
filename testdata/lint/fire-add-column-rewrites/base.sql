CREATE TABLE t (id bigint PRIMARY KEY, n int NOT NULL, name text);
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
