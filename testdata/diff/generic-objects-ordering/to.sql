-- created in one migration: each after what it names
CREATE TABLE keep (id int);
CREATE FUNCTION zz_lt(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a < b $$;
CREATE OPERATOR <<< (LEFTARG = int, RIGHTARG = int, FUNCTION = zz_lt);
CREATE FUNCTION zz_step(s int, v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT s + v $$;
CREATE AGGREGATE a_total(int) (SFUNC = zz_step, STYPE = int, SORTOP = <<<);
CREATE FOREIGN DATA WRAPPER z_wrapper;
CREATE SERVER a_server FOREIGN DATA WRAPPER z_wrapper;
CREATE TABLE orders (id int, amount int, note text);
CREATE RULE no_negative AS ON INSERT TO orders WHERE new.amount < 0 DO INSTEAD NOTHING;
CREATE STATISTICS orders_stats (dependencies) ON id, amount FROM orders;
COMMENT ON RULE no_negative ON orders IS 'drop negative amounts';
COMMENT ON OPERATOR <<< (int, int) IS 'less than';
ALTER AGGREGATE a_total(int) OWNER TO CURRENT_USER;
