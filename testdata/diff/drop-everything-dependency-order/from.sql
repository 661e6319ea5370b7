CREATE SCHEMA shop;
CREATE EXTENSION citext WITH SCHEMA shop;
CREATE TYPE shop.order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE shop.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email shop.citext NOT NULL UNIQUE
);
CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES shop.customers (id),
    state shop.order_state NOT NULL DEFAULT 'new'
);
CREATE INDEX orders_state_idx ON shop.orders (state);
