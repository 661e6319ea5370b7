CREATE TABLE orders (id int PRIMARY KEY, total int);
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;
GRANT SELECT ON order_totals TO anon;
GRANT SELECT, UPDATE (total) ON orders TO authenticated;
REVOKE EXECUTE ON FUNCTION order_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION order_count() TO authenticated;
