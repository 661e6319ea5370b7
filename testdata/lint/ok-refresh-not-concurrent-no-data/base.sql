CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric);
CREATE MATERIALIZED VIEW order_totals AS SELECT o.user_id, sum(o.total) AS total FROM orders o GROUP BY o.user_id;
CREATE UNIQUE INDEX order_totals_user_id ON order_totals (user_id);
