-- a check constraint added NOT VALID (existing rows are not checked)
CREATE TABLE orders (id integer PRIMARY KEY, total numeric);
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
