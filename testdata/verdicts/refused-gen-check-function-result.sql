CREATE TABLE t (a text CHECK (length(a)));
