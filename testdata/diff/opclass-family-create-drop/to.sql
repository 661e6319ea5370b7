-- operator classes and families: created, or dropped going back
CREATE FUNCTION my_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE FUNCTION my_cmp_big(integer, bigint) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
-- a class without FAMILY makes the family of its name
CREATE OPERATOR CLASS my_ops FOR TYPE integer USING btree AS
    OPERATOR 3 =, OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 my_cmp(integer, integer);
-- a loose member, and two ADDs that pg_dump prints as one
ALTER OPERATOR FAMILY my_ops USING btree ADD OPERATOR 1 < (integer, bigint);
ALTER OPERATOR FAMILY my_ops USING btree ADD FUNCTION 1 my_cmp_big(integer, bigint);
-- a family of its own, in another schema, with a class in it
CREATE SCHEMA ops;
CREATE OPERATOR FAMILY ops.hash_fam USING hash;
CREATE OPERATOR CLASS ops.int_hash FOR TYPE integer USING hash FAMILY ops.hash_fam AS
    OPERATOR 1 =, FUNCTION 1 hashint4(integer);
COMMENT ON OPERATOR CLASS ops.int_hash USING hash IS 'hashes integers';
COMMENT ON OPERATOR FAMILY my_ops USING btree IS 'my btree family';
-- an index that uses the class
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a my_ops);
