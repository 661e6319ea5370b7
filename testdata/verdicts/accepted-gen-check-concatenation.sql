CREATE TABLE t (a text CHECK (a || 'x' <> 'x'));
