CREATE TABLE accounts (id integer, region integer, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE accounts_1 PARTITION OF accounts FOR VALUES IN (1);
CREATE TABLE orders (id integer, region integer, account_id integer, PRIMARY KEY (id, region),
    FOREIGN KEY (account_id, region) REFERENCES accounts (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_1 PARTITION OF orders FOR VALUES IN (1);
CREATE TABLE notes (order_id integer, region integer, FOREIGN KEY (order_id, region) REFERENCES orders (id, region));
CREATE TABLE gone (id integer, region integer, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE gone_1 PARTITION OF gone FOR VALUES IN (1);
CREATE TABLE uses_gone (gone_id integer, region integer, FOREIGN KEY (gone_id, region) REFERENCES gone (id, region));
