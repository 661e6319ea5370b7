CREATE OR REPLACE FUNCTION bump(p_id int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  v int;
BEGIN
  UPDATE counters SET n = n + 1 WHERE id = p_id RETURNING n INTO v;
  RETURN v;
END $$;
