-- a partitioned table with a foreign key: each partition has a copy of it
-- (the documentation's CREATE TABLE: "foreign key constraints ... are
-- cloned to the partitions")
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE invoices (
    id integer NOT NULL,
    customer_id integer REFERENCES customers,
    year integer NOT NULL
) PARTITION BY LIST (year);
CREATE TABLE invoices_2023 PARTITION OF invoices FOR VALUES IN (2023);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES IN (2024);
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES IN (2025);
