CREATE TABLE t (price numeric, qty integer, total numeric GENERATED ALWAYS AS (price * qtty) STORED);
