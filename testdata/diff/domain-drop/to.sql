-- domains dropped, one after the column that used it
CREATE TABLE people (id integer PRIMARY KEY);
