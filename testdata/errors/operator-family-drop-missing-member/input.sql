-- DROP of a member the family does not have: PostgreSQL refuses it
CREATE OPERATOR FAMILY my_int_ops USING btree;
ALTER OPERATOR FAMILY my_int_ops USING btree ADD
    OPERATOR 1 < (int4, int8),
    FUNCTION 1 btint48cmp(int4, int8);
ALTER OPERATOR FAMILY my_int_ops USING btree DROP OPERATOR 1 (int4, int2);
