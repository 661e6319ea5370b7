CREATE MATERIALIZED VIEW order_counts AS SELECT o.user_id, count(*) AS n FROM orders o GROUP BY o.user_id WITH NO DATA;
REFRESH MATERIALIZED VIEW order_counts;
