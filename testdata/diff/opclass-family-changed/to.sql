-- an operator class and a family change: dropped and created again, with
-- the index that uses the class
CREATE FUNCTION my_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE FUNCTION my_cmp_big(integer, bigint) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE OPERATOR FAMILY my_fam USING btree;
ALTER OPERATOR FAMILY my_fam USING btree ADD
    OPERATOR 1 < (integer, bigint), FUNCTION 1 my_cmp_big(integer, bigint);
CREATE OPERATOR CLASS my_ops FOR TYPE integer USING btree FAMILY my_fam AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 my_cmp(integer, integer);
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a my_ops);
