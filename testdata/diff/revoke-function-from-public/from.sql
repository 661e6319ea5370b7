CREATE FUNCTION is_admin(uid uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT false $$;
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
CREATE PROCEDURE cleanup() LANGUAGE sql AS $$ SELECT 1 $$;
