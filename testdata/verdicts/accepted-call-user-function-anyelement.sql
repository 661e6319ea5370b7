CREATE FUNCTION first_of(x anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS 'SELECT x';
CREATE TABLE t (a integer, s text, CHECK (first_of(a) > 0), CHECK (first_of(s) <> ''));
