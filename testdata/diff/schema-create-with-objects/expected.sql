CREATE SCHEMA billing;

CREATE TYPE billing.invoice_state AS ENUM ('open', 'paid');

CREATE SEQUENCE billing.invoice_no_seq;

CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    no bigint DEFAULT nextval('billing.invoice_no_seq') NOT NULL,
    state billing.invoice_state DEFAULT 'open' NOT NULL,
    user_id bigint NOT NULL,
    total numeric(10,2) NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id),
    CONSTRAINT invoices_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
);
