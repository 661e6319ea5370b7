CREATE TABLE orders_us (
    region text NOT NULL,
    no integer DEFAULT nextval('orders_no_seq') NOT NULL,
    note text,
    CONSTRAINT orders_us_pkey PRIMARY KEY (region, no),
    CONSTRAINT orders_no_check CHECK (no > 0)
);

ALTER TABLE orders ATTACH PARTITION orders_us FOR VALUES IN ('us');
