CREATE TABLE t (a text CHECK (is_slug(a)));
