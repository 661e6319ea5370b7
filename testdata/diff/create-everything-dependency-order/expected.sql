CREATE SCHEMA shop;

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA shop;

CREATE TYPE shop.order_state AS ENUM ('new', 'paid', 'shipped');

CREATE SEQUENCE shop.order_no_seq START WITH 1000;

CREATE TABLE shop.customers (
    id bigint GENERATED ALWAYS AS IDENTITY,
    email shop.citext NOT NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_email_key UNIQUE (email)
);

CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY,
    no bigint DEFAULT nextval('shop.order_no_seq') NOT NULL,
    customer_id bigint NOT NULL,
    state shop.order_state DEFAULT 'new' NOT NULL,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_no_key UNIQUE (no),
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id)
);

CREATE INDEX orders_customer_state_idx ON shop.orders (customer_id, state) WHERE (state <> 'shipped');

ALTER SEQUENCE shop.order_no_seq OWNED BY shop.orders.no;
