DROP PUBLICATION everything;

-- schemac: destructive: table old_stock and all its rows
DROP TABLE old_stock;

CREATE TABLE customers (
    id integer NOT NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);

ALTER PUBLICATION audit SET (publish = 'insert, delete', publish_via_partition_root = false);

CREATE PUBLICATION changes FOR TABLE prices WITH (publish = 'update');

ALTER PUBLICATION supabase_realtime ADD TABLE prices, customers;
