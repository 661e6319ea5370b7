CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE FUNCTION h(x posint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer DEFAULT h(1), b posint, CHECK (h(b) > 0));
