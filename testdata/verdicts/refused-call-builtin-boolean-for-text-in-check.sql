CREATE TABLE t (a text CHECK (current_setting(true, 'x') <> ''));
