DROP MATERIALIZED VIEW totals;

DROP INDEX counts_region;

CREATE UNIQUE INDEX counts_region ON counts (region);

CREATE MATERIALIZED VIEW totals AS SELECT sales.region, sum(sales.amount) AS total, max(sales.amount) AS biggest FROM sales GROUP BY sales.region;

CREATE INDEX totals_region ON totals (region);
