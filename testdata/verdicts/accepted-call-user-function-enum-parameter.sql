CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE FUNCTION m(x mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE TABLE t (a mood CHECK (m(a)), b boolean DEFAULT m('sad'));
