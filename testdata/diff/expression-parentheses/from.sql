CREATE TABLE t (x timestamp, b boolean, i int, s text);
