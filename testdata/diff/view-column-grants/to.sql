-- column privileges on views and materialized views (GRANT SELECT (col)
-- ON view, as pg_dump prints them): granted and revoked by column, and
-- granted again on a view that is made again
CREATE TABLE orders (id int PRIMARY KEY, total int, note text);
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE VIEW order_notes AS SELECT id, note FROM orders;
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 500;
CREATE MATERIALIZED VIEW order_summary AS SELECT id, total FROM orders;
GRANT SELECT (id, total) ON order_totals TO anon;
GRANT SELECT ON order_notes TO authenticated;
REVOKE SELECT (note) ON order_notes FROM authenticated;
GRANT SELECT (id) ON big_orders TO anon;
GRANT SELECT (id) ON order_summary TO authenticated;
CREATE VIEW order_pair AS SELECT id, note FROM orders;
GRANT SELECT (id, note) ON order_pair TO anon;
