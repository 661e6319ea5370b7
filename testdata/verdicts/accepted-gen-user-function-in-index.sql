CREATE TABLE t (a text, n int);
CREATE FUNCTION norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower($1) $$;
CREATE INDEX t_x ON t (norm(a));
