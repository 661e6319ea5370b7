CREATE TABLE t (a varchar(20), b char(3), c name); CREATE INDEX t_l ON t (lower(a), upper(b), lower(c));
