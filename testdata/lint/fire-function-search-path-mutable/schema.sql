CREATE FUNCTION public.add_one(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i + 1';
