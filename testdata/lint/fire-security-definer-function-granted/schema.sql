CREATE FUNCTION public.f_anon() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION public.f_anon() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.f_anon() TO anon;
CREATE FUNCTION public.f_auth(a int) RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT a';
REVOKE ALL ON FUNCTION public.f_auth(int) FROM PUBLIC;
GRANT ALL ON FUNCTION public.f_auth(int) TO authenticated;
CREATE PROCEDURE public.p_def() LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';
CREATE FUNCTION public.f_later() RETURNS int LANGUAGE sql SET search_path = '' AS 'SELECT 1';
ALTER FUNCTION public.f_later() SECURITY DEFINER;
