-- numeric precision and scale changed, typmod added, real to double precision
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,4), rate numeric(8,6), ratio double precision);
