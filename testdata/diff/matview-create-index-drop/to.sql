CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_totals AS
    SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region WITH NO DATA;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE INDEX ON region_totals (total DESC);
COMMENT ON MATERIALIZED VIEW region_totals IS 'per region';
