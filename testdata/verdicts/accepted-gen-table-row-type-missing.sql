CREATE TABLE u (x int);
CREATE TABLE t (r u);
