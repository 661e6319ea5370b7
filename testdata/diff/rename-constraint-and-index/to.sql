-- a check constraint and an index renamed with directives
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    total numeric NOT NULL,
    -- schemac:renamed-from total_positive
    CONSTRAINT orders_total_check CHECK (total > 0)
);
-- schemac:renamed-from orders_total
CREATE INDEX orders_total_idx ON orders (total);
