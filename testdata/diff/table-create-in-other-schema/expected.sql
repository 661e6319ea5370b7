CREATE TABLE app.accounts (
    id integer NOT NULL,
    public_id integer,
    name text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_public_id_fkey FOREIGN KEY (public_id) REFERENCES accounts (id)
);
