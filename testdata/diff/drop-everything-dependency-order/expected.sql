-- schemac: destructive: table orders and all its rows
DROP TABLE shop.orders;

-- schemac: destructive: table customers and all its rows
DROP TABLE shop.customers;

DROP TYPE shop.order_state;

DROP EXTENSION citext;

-- schemac: destructive: schema shop
DROP SCHEMA shop;
