CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT pi() * r * r';
CREATE FUNCTION old_helper() RETURNS integer LANGUAGE sql AS 'SELECT 1';
