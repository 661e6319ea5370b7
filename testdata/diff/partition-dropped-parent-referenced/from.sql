CREATE TABLE accounts (region text NOT NULL, id integer NOT NULL, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us');
CREATE TABLE invoices (id integer PRIMARY KEY, region text, account_id integer,
    FOREIGN KEY (region, account_id) REFERENCES accounts (region, id));
