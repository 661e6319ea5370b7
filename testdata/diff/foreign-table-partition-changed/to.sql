-- a foreign partition whose bound, server options or column options change
-- is made again (it holds no data here); the parent gains a column, which
-- PostgreSQL adds to the foreign partition too
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap;
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL, total numeric) PARTITION BY LIST (region);
CREATE FOREIGN TABLE orders_us PARTITION OF orders FOR VALUES IN ('us', 'ca') SERVER remote;
CREATE FOREIGN TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu')
    SERVER remote OPTIONS (table_name 'orders_europe');
CREATE FOREIGN TABLE orders_asia PARTITION OF orders (id DEFAULT 0) FOR VALUES IN ('asia') SERVER remote;
CREATE FOREIGN TABLE orders_jp PARTITION OF orders FOR VALUES IN ('jp') SERVER remote;
