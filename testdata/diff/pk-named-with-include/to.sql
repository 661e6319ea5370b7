-- a named primary key with INCLUDE columns and an index fillfactor
CREATE TABLE accounts (
    id bigint,
    name text,
    CONSTRAINT accounts_pk PRIMARY KEY (id) INCLUDE (name) WITH (fillfactor = 80)
);
