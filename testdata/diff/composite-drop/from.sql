CREATE TYPE address AS (street text, city text);
CREATE TYPE unused AS (a integer);
CREATE TABLE shops (id integer PRIMARY KEY, addr address);
