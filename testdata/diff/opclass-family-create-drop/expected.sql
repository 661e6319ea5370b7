CREATE SCHEMA ops;

CREATE OPERATOR FAMILY ops.hash_fam USING hash;

CREATE OPERATOR CLASS ops.int_hash FOR TYPE int USING hash FAMILY ops.hash_fam AS OPERATOR 1 =(int, int), FUNCTION 1 (int, int) hashint4(int);

CREATE OPERATOR FAMILY my_ops USING btree;
ALTER OPERATOR FAMILY my_ops USING btree ADD OPERATOR 1 <(int, bigint), FUNCTION 1 (int, bigint) public.my_cmp_big(int, bigint);

CREATE OPERATOR CLASS my_ops FOR TYPE int USING btree FAMILY my_ops AS OPERATOR 1 <(int, int), OPERATOR 2 <=(int, int), OPERATOR 3 =(int, int), OPERATOR 4 >=(int, int), OPERATOR 5 >(int, int), FUNCTION 1 (int, int) public.my_cmp(int, int);

CREATE TABLE t (
    a integer
);

CREATE INDEX t_a ON t (a my_ops);

COMMENT ON OPERATOR CLASS ops.int_hash USING hash IS 'hashes integers';

COMMENT ON OPERATOR FAMILY my_ops USING btree IS 'my btree family';
