CREATE TABLE t (a text CHECK (current_setting('x', true) IS NOT NULL AND current_setting('y') <> ''));
