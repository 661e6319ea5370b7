CREATE FUNCTION public.add_one(i integer) RETURNS integer LANGUAGE sql SET search_path = '' AS 'SELECT i + 1';
CREATE PROCEDURE public.noop() LANGUAGE sql SET search_path = pg_catalog, public AS 'SELECT 1';
