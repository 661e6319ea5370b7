CREATE FUNCTION public.add_one(i integer) RETURNS integer LANGUAGE sql SET search_path FROM CURRENT AS 'SELECT i + 1';
