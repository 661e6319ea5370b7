CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(m text) LANGUAGE sql SECURITY DEFINER AS 'INSERT INTO log VALUES (upper(m))';
CREATE PROCEDURE new_proc(n int) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', n; END $$;
