CREATE SCHEMA app;
CREATE FUNCTION app.next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
SET search_path = app, public;
CREATE VIEW public.v AS SELECT next_id() AS x;
