CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE FUNCTION bump(p_id int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  UPDATE counters SET n = n + 1 WHERE id = p_id;
  RETURN 1;
END $$;
COMMENT ON FUNCTION bump(int) IS 'adds one';
