CREATE FUNCTION is_admin(uid uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT false $$;
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
CREATE PROCEDURE cleanup() LANGUAGE sql AS $$ SELECT 1 $$;

REVOKE EXECUTE ON FUNCTION is_admin(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION is_admin TO authenticated, service_role;
REVOKE ALL ON FUNCTION add(integer, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION add(int, int) TO anon WITH GRANT OPTION;
REVOKE ALL ON PROCEDURE cleanup FROM PUBLIC;
GRANT EXECUTE ON ROUTINE cleanup() TO service_role;
