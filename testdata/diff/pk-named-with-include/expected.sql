CREATE TABLE accounts (
    id bigint NOT NULL,
    name text,
    CONSTRAINT accounts_pk PRIMARY KEY (id) INCLUDE (name) WITH (fillfactor=80)
);
