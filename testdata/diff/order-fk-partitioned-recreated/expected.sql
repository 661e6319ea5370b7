ALTER TABLE notes DROP CONSTRAINT notes_order_id_region_fkey;

-- schemac: destructive: table uses_gone and all its rows
DROP TABLE uses_gone;

-- schemac: destructive: table orders_1 and all its rows (created again: its partitioning changes)
DROP TABLE orders_1;

-- schemac: destructive: table orders and all its rows (created again: its partitioning changes)
DROP TABLE orders;

-- schemac: destructive: table gone_1 and all its rows
DROP TABLE gone_1;

-- schemac: destructive: table gone and all its rows
DROP TABLE gone;

-- schemac: destructive: table accounts_1 and all its rows (created again: its partitioning changes)
DROP TABLE accounts_1;

-- schemac: destructive: table accounts and all its rows (created again: its partitioning changes)
DROP TABLE accounts;

CREATE TABLE accounts (
    id integer NOT NULL,
    region integer NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id, region)
) PARTITION BY RANGE (region);

CREATE TABLE accounts_1 PARTITION OF accounts FOR VALUES FROM ('1') TO ('2');

CREATE TABLE orders (
    id integer NOT NULL,
    region integer NOT NULL,
    account_id integer,
    CONSTRAINT orders_pkey PRIMARY KEY (id, region),
    CONSTRAINT orders_account_id_region_fkey FOREIGN KEY (account_id, region) REFERENCES accounts (id, region)
) PARTITION BY HASH (region);

CREATE TABLE orders_1 PARTITION OF orders FOR VALUES WITH (MODULUS 1, REMAINDER 0);

ALTER TABLE notes ADD CONSTRAINT notes_order_id_region_fkey FOREIGN KEY (order_id, region) REFERENCES orders (id, region);
