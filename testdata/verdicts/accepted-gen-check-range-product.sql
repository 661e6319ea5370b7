CREATE TABLE t (a int4range CHECK (a && a));
