-- schemac: objects kept as their statements (compared by tree):
--   OPERATOR FAMILY my_int_ops USING btree: dropped and created again

DROP OPERATOR FAMILY my_int_ops USING btree;

CREATE OPERATOR FAMILY my_int_ops USING btree;
ALTER OPERATOR FAMILY my_int_ops USING btree ADD OPERATOR 1 <(int, bigint), FUNCTION 1 (int, bigint) btint48cmp(int, bigint);
