-- a partitioned table with a serial column and a foreign key; its
-- partition has the parent's default, nextval() of the parent's sequence
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE events (
    id serial NOT NULL,
    account_id integer REFERENCES accounts,
    kind text NOT NULL
) PARTITION BY LIST (kind);
CREATE TABLE events_login PARTITION OF events FOR VALUES IN ('login');
