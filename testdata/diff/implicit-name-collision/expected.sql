CREATE TABLE a_b (
    c integer,
    CONSTRAINT a_b_c_key1 UNIQUE (c)
);
