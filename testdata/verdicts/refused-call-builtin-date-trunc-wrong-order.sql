CREATE TABLE t (b timestamptz CHECK (date_trunc(b, 'day') IS NOT NULL));
