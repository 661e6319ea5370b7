-- schemac: objects kept as their statements (compared by tree):
--   FOREIGN TABLE orders_us: dropped and created again
--   FOREIGN TABLE orders_eu: dropped and created again
--   FOREIGN TABLE orders_asia: dropped and created again

DROP FOREIGN TABLE orders_us;

DROP FOREIGN TABLE orders_eu;

DROP FOREIGN TABLE orders_asia;

ALTER TABLE orders ADD COLUMN total numeric;

CREATE FOREIGN TABLE public.orders_asia PARTITION OF public.orders (id DEFAULT 0) FOR VALUES IN ('asia') SERVER remote;

CREATE FOREIGN TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu') SERVER remote OPTIONS (table_name 'orders_europe');

CREATE FOREIGN TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us', 'ca') SERVER remote;
