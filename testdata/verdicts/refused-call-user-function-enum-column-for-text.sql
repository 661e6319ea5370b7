CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE FUNCTION m(x text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE TABLE t (a mood CHECK (m(a)));
