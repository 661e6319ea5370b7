DROP INDEX orders_eu_pkey;

ALTER TABLE orders_eu ADD CONSTRAINT orders_eu_pkey PRIMARY KEY (region, id);

ALTER INDEX orders_pkey ATTACH PARTITION orders_eu_pkey;

ALTER INDEX readings_sensor ATTACH PARTITION readings_2025_sensor;
