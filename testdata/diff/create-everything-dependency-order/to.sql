-- a schema, extension, enum, sequence, tables with fks, indexes: each created after what it needs
CREATE SCHEMA shop;
CREATE EXTENSION citext WITH SCHEMA shop;
CREATE TYPE shop.order_state AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE shop.order_no_seq AS bigint START WITH 1000;
CREATE TABLE shop.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email shop.citext NOT NULL UNIQUE
);
CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    no bigint NOT NULL DEFAULT nextval('shop.order_no_seq') UNIQUE,
    customer_id bigint NOT NULL REFERENCES shop.customers (id),
    state shop.order_state NOT NULL DEFAULT 'new',
    placed_at timestamptz NOT NULL DEFAULT now()
);
ALTER SEQUENCE shop.order_no_seq OWNED BY shop.orders.no;
CREATE INDEX orders_customer_state_idx ON shop.orders (customer_id, state) WHERE state <> 'shipped';
