DROP VIEW order_totals;

DROP FUNCTION order_count();

CREATE FUNCTION order_count() RETURNS int LANGUAGE sql AS $$ SELECT count(*)::int FROM orders $$;

ALTER TABLE orders ALTER COLUMN total TYPE bigint;

CREATE VIEW order_totals AS SELECT orders.id, orders.total FROM orders;

REVOKE EXECUTE ON FUNCTION order_count() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION order_count() TO authenticated;

GRANT SELECT ON TABLE order_totals TO anon;
