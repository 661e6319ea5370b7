CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(m text) LANGUAGE sql AS 'INSERT INTO log VALUES (m)';
CREATE PROCEDURE old_proc() LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
