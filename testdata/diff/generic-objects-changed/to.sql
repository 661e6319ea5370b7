-- each generic object changes: dropped and created again
CREATE FUNCTION int_eq(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
CREATE FUNCTION int_eq2(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int_eq2);
CREATE FUNCTION add2(s int, v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT s + v $$;
CREATE AGGREGATE mysum(int) (SFUNC = add2, STYPE = int, INITCOND = 10);
CREATE TEXT SEARCH DICTIONARY my_dict (TEMPLATE = simple);
CREATE TABLE t (a int, b int, c text);
CREATE TABLE log (a int);
CREATE RULE r AS ON INSERT TO t WHERE new.a < 10 DO INSTEAD NOTHING;
CREATE STATISTICS st (ndistinct) ON a, c FROM t;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER srv FOREIGN DATA WRAPPER w OPTIONS (host 'y');
COMMENT ON SERVER srv IS 'new';
CREATE VIEW totals AS SELECT mysum(a) AS total FROM t;
