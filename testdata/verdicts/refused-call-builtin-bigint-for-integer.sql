CREATE TABLE t (a bigint, s text, CHECK (left(s, a) <> ''));
