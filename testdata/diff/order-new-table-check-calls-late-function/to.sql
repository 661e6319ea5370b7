-- a new table's check calls a function that reads another new table: the check is added after the function
CREATE TABLE a (id int);
CREATE TABLE lim (n int);
CREATE FUNCTION under_limit(x int) RETURNS boolean LANGUAGE sql AS $$ SELECT x < coalesce((SELECT max(n) FROM lim), 100) $$;
CREATE TABLE b (x int CHECK (under_limit(x)));
