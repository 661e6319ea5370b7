CREATE TABLE t (a timestamp, b timestamptz, c date, CHECK (extract(year FROM a) > 2000), CHECK (date_trunc('day', b) IS NOT NULL), CHECK (date_part('month', c) > 0));
