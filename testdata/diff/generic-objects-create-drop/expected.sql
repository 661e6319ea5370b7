CREATE TYPE pair AS (
    a integer,
    b integer
);

CREATE FOREIGN DATA WRAPPER w;

CREATE SERVER srv FOREIGN DATA WRAPPER w OPTIONS (host 'x');

CREATE TEXT SEARCH DICTIONARY my_dict (stopwords = 'english', template = simple);

CREATE FUNCTION add2(s int, v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT s + v $$;

CREATE FUNCTION int_eq(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;

CREATE AGGREGATE mysum (int) (initcond = '0', sfunc = public.add2, stype = int);

CREATE FUNCTION pair_text(pair) RETURNS text LANGUAGE sql AS $$ SELECT $1.a || ',' || $1.b $$;

CREATE CAST (public.pair AS pg_catalog.text) WITH FUNCTION public.pair_text(public.pair);

CREATE OPERATOR === (commutator = OPERATOR(public.===), function = public.int_eq, leftarg = int, rightarg = int);

CREATE RULE r AS ON INSERT TO public.t WHERE new.a < 0 DO INSTEAD NOTHING;

CREATE STATISTICS st (dependencies) ON a, b FROM public.t;

COMMENT ON AGGREGATE mysum(integer) IS 'sum';

COMMENT ON CAST (pair AS text) IS 'cast';

COMMENT ON OPERATOR ===(integer, integer) IS 'eq';

COMMENT ON RULE r ON t IS 'rule';

COMMENT ON SERVER srv IS 'srv';

COMMENT ON STATISTICS st IS 'st';
