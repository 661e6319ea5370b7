CREATE TABLE t (a integer); CREATE INDEX t_l ON t (lower(a));
