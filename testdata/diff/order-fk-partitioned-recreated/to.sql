-- foreign keys to and from partitioned tables: the referenced one (accounts)
-- recreated with a new partition key, a referencing one dropped with its target
CREATE TABLE accounts (id integer, region integer, PRIMARY KEY (id, region)) PARTITION BY RANGE (region);
CREATE TABLE accounts_1 PARTITION OF accounts FOR VALUES FROM (1) TO (2);
CREATE TABLE orders (id integer, region integer, account_id integer, PRIMARY KEY (id, region),
    FOREIGN KEY (account_id, region) REFERENCES accounts (id, region)) PARTITION BY HASH (region);
CREATE TABLE orders_1 PARTITION OF orders FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE notes (order_id integer, region integer, FOREIGN KEY (order_id, region) REFERENCES orders (id, region));
