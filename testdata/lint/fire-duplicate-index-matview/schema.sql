CREATE SCHEMA app;
CREATE TABLE app.sales (id bigint PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW app.sales_by_region AS SELECT region, sum(amount) AS total FROM app.sales GROUP BY region;
CREATE INDEX sales_by_region_region ON app.sales_by_region (region);
CREATE INDEX sales_by_region_region2 ON app.sales_by_region (region);
