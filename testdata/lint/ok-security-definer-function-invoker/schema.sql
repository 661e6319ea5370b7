CREATE FUNCTION public.whoami() RETURNS text LANGUAGE sql SECURITY INVOKER SET search_path = '' AS 'SELECT current_user::text';
