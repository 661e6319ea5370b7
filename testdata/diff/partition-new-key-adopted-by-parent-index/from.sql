CREATE SEQUENCE orders_no_seq;
CREATE TABLE orders (region text NOT NULL, no integer NOT NULL DEFAULT nextval('orders_no_seq'),
    note text, CHECK (no > 0)) PARTITION BY LIST (region);
CREATE UNIQUE INDEX orders_region_no_idx ON orders (region, no);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
