DROP MATERIALIZED VIEW old_totals;

CREATE MATERIALIZED VIEW region_totals AS SELECT sales.region, sum(sales.amount) AS total, count(*) AS n FROM sales GROUP BY sales.region WITH NO DATA;

CREATE UNIQUE INDEX region_totals_region ON region_totals (region);

CREATE INDEX region_totals_total_idx ON region_totals (total DESC);

COMMENT ON MATERIALIZED VIEW region_totals IS 'per region';
