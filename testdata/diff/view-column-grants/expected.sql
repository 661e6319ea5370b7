DROP VIEW order_pair;

CREATE OR REPLACE VIEW big_orders AS SELECT orders.id, orders.total FROM orders WHERE orders.total > 500;

CREATE VIEW order_pair AS SELECT orders.id, orders.note FROM orders;

GRANT SELECT ON TABLE order_notes TO authenticated;

REVOKE SELECT (id, note) ON TABLE order_notes FROM authenticated;

GRANT SELECT (id, note) ON TABLE order_pair TO anon;

REVOKE SELECT (total) ON TABLE order_summary FROM authenticated;

GRANT SELECT (total) ON TABLE order_totals TO anon;
