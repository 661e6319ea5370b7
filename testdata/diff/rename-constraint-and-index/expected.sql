ALTER TABLE orders RENAME CONSTRAINT total_positive TO orders_total_check;

ALTER INDEX orders_total RENAME TO orders_total_idx;
