CREATE FUNCTION f(a text, n int) RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT ((n + sqrt(4))::text); END;
