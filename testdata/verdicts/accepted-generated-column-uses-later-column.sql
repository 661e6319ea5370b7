CREATE TABLE t (total numeric GENERATED ALWAYS AS (price * qty) STORED, price numeric, qty integer);
