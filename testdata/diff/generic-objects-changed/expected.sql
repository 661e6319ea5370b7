-- schemac: objects kept as their statements (compared by tree):
--   STATISTICS st: dropped and created again
--   RULE r ON t: dropped and created again
--   OPERATOR ===(integer, integer): dropped and created again
--   AGGREGATE mysum(integer): dropped and created again
--   TEXT SEARCH DICTIONARY my_dict: dropped and created again
--   SERVER srv: dropped and created again

DROP VIEW totals;

DROP STATISTICS st;

DROP RULE r ON t;

DROP OPERATOR ===(integer, integer);

DROP AGGREGATE mysum(integer);

DROP TEXT SEARCH DICTIONARY my_dict;

DROP SERVER srv;

CREATE SERVER srv FOREIGN DATA WRAPPER w OPTIONS (host 'y');

CREATE TEXT SEARCH DICTIONARY my_dict (template = simple);

CREATE AGGREGATE mysum (int) (initcond = '10', sfunc = public.add2, stype = int);

CREATE OPERATOR === (function = public.int_eq2, leftarg = int, rightarg = int);

CREATE RULE r AS ON INSERT TO public.t WHERE new.a < 10 DO INSTEAD NOTHING;

CREATE STATISTICS st (ndistinct) ON a, c FROM public.t;

CREATE VIEW totals AS SELECT mysum(t.a) AS total FROM t;

COMMENT ON SERVER srv IS 'new';
