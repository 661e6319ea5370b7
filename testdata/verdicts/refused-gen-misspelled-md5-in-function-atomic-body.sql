CREATE FUNCTION f(a text, n int) RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT ((md55(a))::text); END;
