-- an operator family with cross-type members for int4 and int8, and for
-- int4 and int2 (as the ALTER OPERATOR FAMILY page of the PostgreSQL
-- documentation adds them). pg_dump prints the members of one number in
-- the order they were added: here the order schemac prints them in
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
