CREATE FUNCTION h(x smallint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer DEFAULT h(1::smallint), b integer DEFAULT h('1'));
