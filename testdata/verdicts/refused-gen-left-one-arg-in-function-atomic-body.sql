CREATE FUNCTION f(a text, n int) RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT ((left(a))::text); END;
