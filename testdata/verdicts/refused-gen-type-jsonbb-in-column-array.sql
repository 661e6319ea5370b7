CREATE TABLE t (a jsonbb[]);
