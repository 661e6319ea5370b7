-- a new table's default calls a function that reads another new table: the default is set after the function
CREATE TABLE a (id int);
CREATE TABLE cnt (n int);
CREATE FUNCTION next_n() RETURNS int LANGUAGE sql AS $$ SELECT coalesce(max(n), 0) + 1 FROM cnt $$;
CREATE TABLE b (x int DEFAULT next_n());
