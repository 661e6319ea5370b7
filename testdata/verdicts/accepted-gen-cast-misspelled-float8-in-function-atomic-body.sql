CREATE FUNCTION f(a text, n int) RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT ((n::float8)::text); END;
