CREATE DOMAIN code AS varchar(10) DEFAULT 'none' CHECK (VALUE <> '');
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE items (id integer PRIMARY KEY, c code DEFAULT 'x', k kind NOT NULL);
