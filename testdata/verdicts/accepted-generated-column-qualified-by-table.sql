CREATE TABLE t (price numeric, qty integer, total numeric GENERATED ALWAYS AS (t.price * t.qty) STORED);
