CREATE FUNCTION public.f_revoked() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION public.f_revoked() FROM PUBLIC, anon, authenticated;
CREATE FUNCTION public.f_invoker_again() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';
ALTER FUNCTION public.f_invoker_again() SECURITY INVOKER;
CREATE FUNCTION public.f_evt() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS 'BEGIN END';
CREATE FUNCTION public.f_service() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';
REVOKE ALL ON FUNCTION public.f_service() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.f_service() TO postgres;
