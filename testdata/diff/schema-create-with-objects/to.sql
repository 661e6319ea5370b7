-- a new schema with a type, a sequence and a table in it, referencing public
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE SCHEMA billing;
CREATE TYPE billing.invoice_state AS ENUM ('open', 'paid');
CREATE SEQUENCE billing.invoice_no_seq;
CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    no bigint NOT NULL DEFAULT nextval('billing.invoice_no_seq'),
    state billing.invoice_state NOT NULL DEFAULT 'open',
    user_id bigint NOT NULL REFERENCES users (id),
    total numeric(10,2) NOT NULL
);
