-- a partition of a table a foreign key references goes, its parent stays:
-- PostgreSQL keeps the key on each referenced partition, so DROP TABLE of
-- an attached one fails; the partition is detached first
CREATE TABLE accounts (region text NOT NULL, id integer NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE invoices (id integer PRIMARY KEY, region text, account_id integer,
    FOREIGN KEY (region, account_id) REFERENCES accounts (region, id));
