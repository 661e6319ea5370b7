-- two tables whose implicit unique names collide: the second gets a_b_c_key1
CREATE TABLE a (b_c integer UNIQUE);
CREATE TABLE a_b (c integer UNIQUE);
