CREATE TABLE orders (id int PRIMARY KEY, total bigint);
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE FUNCTION order_count() RETURNS integer LANGUAGE sql AS $$ SELECT count(*)::int FROM orders $$;
GRANT SELECT ON order_totals TO anon;
GRANT SELECT, UPDATE (total) ON orders TO authenticated;
REVOKE EXECUTE ON FUNCTION order_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION order_count() TO authenticated;
