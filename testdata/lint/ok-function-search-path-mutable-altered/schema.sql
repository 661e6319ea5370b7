CREATE FUNCTION public.add_one(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i + 1';
ALTER FUNCTION public.add_one(integer) SET search_path = '';
