CREATE SCHEMA app;

CREATE DOMAIN app.email AS text
    CONSTRAINT email_check CHECK (value ~ '@');

CREATE DOMAIN positive AS integer DEFAULT 1
    CONSTRAINT positive_check CHECK (value > 0);

CREATE TABLE app.orders (
    id integer NOT NULL,
    qty positive NOT NULL,
    contact app.email[],
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

ALTER TABLE people ADD COLUMN mail app.email;

ALTER TABLE people ADD COLUMN n positive DEFAULT 5;
