CREATE FUNCTION next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE t (a int DEFAULT next_id());
