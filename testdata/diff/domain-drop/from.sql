CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE DOMAIN unused AS integer;
CREATE TABLE people (id integer PRIMARY KEY, mail email NOT NULL);
