CREATE TABLE products (
    sku text NOT NULL,
    region text NOT NULL,
    name text
);

CREATE TABLE shipments (
    id integer NOT NULL,
    sku text,
    region text,
    warehouse integer,
    CONSTRAINT shipments_pkey PRIMARY KEY (id),
    CONSTRAINT shipments_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES warehouses (id)
);

CREATE UNIQUE INDEX products_sku_region ON products (sku, region);

ALTER TABLE shipments ADD CONSTRAINT shipments_sku_region_fkey FOREIGN KEY (sku, region) REFERENCES products (sku, region);
