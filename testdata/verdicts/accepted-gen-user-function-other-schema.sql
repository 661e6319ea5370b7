CREATE SCHEMA app;
CREATE FUNCTION app.next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE t (a int DEFAULT app.next_id());
