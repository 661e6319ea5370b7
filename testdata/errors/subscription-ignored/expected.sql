CREATE TABLE orders (
    id integer NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
