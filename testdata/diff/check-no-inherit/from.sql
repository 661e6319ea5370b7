CREATE TABLE measurements (id integer PRIMARY KEY, value double precision);
