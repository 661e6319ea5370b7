CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, CONSTRAINT total_positive CHECK (total > 0));
CREATE INDEX orders_total ON orders (total);
