CREATE TABLE t (a integr);
