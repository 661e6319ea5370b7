CREATE TABLE items (id int);
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ WITH x AS (SELECT * FROM items) SELECT count(*) FROM x, pg_class, information_schema.tables $$;
CREATE FUNCTION g() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM items; END;
CREATE FUNCTION k() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM nosuch); END $$;
