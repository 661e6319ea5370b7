CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE INDEX totals_region ON totals (region);
CREATE MATERIALIZED VIEW counts AS SELECT region, count(*) AS n FROM sales GROUP BY region;
CREATE INDEX counts_region ON counts (region);
