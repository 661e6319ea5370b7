CREATE FUNCTION public.add_one(i integer) RETURNS integer LANGUAGE sql SET search_path = '' AS 'SELECT i + 1';
ALTER FUNCTION public.add_one(integer) RESET search_path;
