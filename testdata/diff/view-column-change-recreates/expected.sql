DROP VIEW big_open_orders;

DROP VIEW open_orders;

CREATE VIEW open_orders AS SELECT orders.id, orders.total::numeric(12, 2), orders.status FROM orders WHERE orders.status IN ('open', 'held');

CREATE VIEW big_open_orders AS SELECT open_orders.id, open_orders.total, open_orders.status FROM open_orders WHERE open_orders.total > 100;
