CREATE DOMAIN email AS text; CREATE TABLE t (e email CHECK (lower(e) = e AND length(e) < 100));
