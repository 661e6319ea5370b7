-- a table with zero columns (legal in PostgreSQL)
CREATE TABLE marker ();
CREATE TABLE nothing ();
