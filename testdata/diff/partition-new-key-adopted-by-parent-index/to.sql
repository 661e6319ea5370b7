-- a new partition whose primary key the parent's unique index adopts (the
-- partition was made before the index): PARTITION OF would give the
-- partition an index of the parent's beside its key, so the partition is
-- made as a table, with the parent's check, and attached, as pg_dump does
CREATE SEQUENCE orders_no_seq;
CREATE TABLE orders (region text NOT NULL, no integer NOT NULL DEFAULT nextval('orders_no_seq'),
    note text, CHECK (no > 0)) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders (PRIMARY KEY (region, no)) FOR VALUES IN ('us');
CREATE UNIQUE INDEX orders_region_no_idx ON orders (region, no);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
