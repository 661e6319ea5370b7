CREATE FOREIGN DATA WRAPPER z_wrapper;

CREATE SERVER a_server FOREIGN DATA WRAPPER z_wrapper;

CREATE FUNCTION zz_step(s int, v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT s + v $$;

CREATE FUNCTION zz_lt(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a < b $$;

CREATE OPERATOR <<< (function = public.zz_lt, leftarg = int, rightarg = int);

CREATE AGGREGATE a_total (int) (sfunc = public.zz_step, sortop = OPERATOR(public.<<<), stype = int);

CREATE TABLE orders (
    id integer,
    amount integer,
    note text
);

CREATE RULE no_negative AS ON INSERT TO public.orders WHERE new.amount < 0 DO INSTEAD NOTHING;

CREATE STATISTICS orders_stats (dependencies) ON id, amount FROM public.orders;

COMMENT ON OPERATOR <<<(integer, integer) IS 'less than';

COMMENT ON RULE no_negative ON orders IS 'drop negative amounts';
