CREATE TABLE t (a varchr(20)[]);
