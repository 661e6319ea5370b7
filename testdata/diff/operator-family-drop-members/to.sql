-- the int4-int2 members removed again with ALTER OPERATOR FAMILY ... DROP
-- (the documentation's example), and one of the int4-int8 operators
CREATE OPERATOR FAMILY my_int_ops USING btree;
ALTER OPERATOR FAMILY my_int_ops USING btree ADD
    OPERATOR 1 < (int4, int8),
    OPERATOR 3 = (int4, int8),
    FUNCTION 1 btint48cmp(int4, int8);
ALTER OPERATOR FAMILY my_int_ops USING btree ADD
    OPERATOR 1 < (int4, int2),
    OPERATOR 2 <= (int4, int2),
    OPERATOR 3 = (int4, int2),
    OPERATOR 4 >= (int4, int2),
    OPERATOR 5 > (int4, int2),
    FUNCTION 1 btint42cmp(int4, int2);
ALTER OPERATOR FAMILY my_int_ops USING btree DROP
    OPERATOR 1 (int4, int2),
    OPERATOR 2 (int4, int2),
    OPERATOR 3 (int4, int2),
    OPERATOR 4 (int4, int2),
    OPERATOR 5 (int4, int2),
    FUNCTION 1 (int4, int2);
ALTER OPERATOR FAMILY my_int_ops USING btree DROP OPERATOR 3 (integer, bigint);
