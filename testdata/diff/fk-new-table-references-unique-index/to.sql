-- a foreign key may reference the columns of a non-partial unique index,
-- not only a primary key or unique constraint (CREATE TABLE, REFERENCES):
-- both tables are new, and the referenced key is created after every
-- CREATE TABLE, so the key of shipments waits for it
CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE products (
    sku text NOT NULL,
    region text NOT NULL,
    name text
);
CREATE UNIQUE INDEX products_sku_region ON products (sku, region);
CREATE TABLE shipments (
    id integer PRIMARY KEY,
    sku text,
    region text,
    warehouse integer REFERENCES warehouses,
    FOREIGN KEY (sku, region) REFERENCES products (sku, region)
);
