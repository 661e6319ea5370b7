CREATE TABLE t (a date DEFAULT now());
