-- an added column's default calls a function that reads a new table: the column waits for the function
CREATE TABLE cnt (n int);
CREATE FUNCTION next_n() RETURNS int LANGUAGE sql AS $$ SELECT coalesce(max(n), 0) + 1 FROM cnt $$;
CREATE TABLE a (id int, x int DEFAULT next_n());
