CREATE FUNCTION f(x timestamptz) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
