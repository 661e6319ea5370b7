CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW old_totals AS SELECT sum(amount) AS s FROM sales;
