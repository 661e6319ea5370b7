CREATE FUNCTION public.whoami() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT current_user::text';
