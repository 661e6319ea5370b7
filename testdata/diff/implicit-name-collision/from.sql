CREATE TABLE a (b_c integer UNIQUE);
