-- without OR REPLACE, a second CREATE FUNCTION of the same signature is an error
CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i + 1';
CREATE FUNCTION add_one(n int4) RETURNS integer LANGUAGE sql AS 'SELECT n + 1';
-- another signature is an overload, not an error
CREATE FUNCTION add_one(i bigint) RETURNS bigint LANGUAGE sql AS 'SELECT i + 1';
