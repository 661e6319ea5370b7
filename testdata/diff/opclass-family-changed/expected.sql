-- schemac: objects kept as their statements (compared by tree):
--   OPERATOR CLASS my_ops USING btree: dropped and created again
--   OPERATOR FAMILY my_fam USING btree: dropped and created again

DROP INDEX t_a;

DROP OPERATOR CLASS my_ops USING btree;

DROP OPERATOR FAMILY my_fam USING btree;

CREATE OPERATOR FAMILY my_fam USING btree;
ALTER OPERATOR FAMILY my_fam USING btree ADD OPERATOR 1 <(int, bigint), FUNCTION 1 (int, bigint) public.my_cmp_big(int, bigint);

CREATE OPERATOR CLASS my_ops FOR TYPE int USING btree FAMILY my_fam AS OPERATOR 1 <(int, int), OPERATOR 2 <=(int, int), OPERATOR 3 =(int, int), OPERATOR 4 >=(int, int), OPERATOR 5 >(int, int), FUNCTION 1 (int, int) public.my_cmp(int, int);

CREATE INDEX t_a ON t (a my_ops);
