-- two partitions let go and kept as tables of their own: invoices_2023
-- without the foreign key, invoices_2024 with one of the same name and
-- definition. ALTER TABLE ... DETACH PARTITION leaves the partition the
-- parent's foreign keys as its own
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE invoices (
    id integer NOT NULL,
    customer_id integer REFERENCES customers,
    year integer NOT NULL
) PARTITION BY LIST (year);
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES IN (2025);
CREATE TABLE invoices_2023 (
    id integer NOT NULL,
    customer_id integer,
    year integer NOT NULL
);
CREATE TABLE invoices_2024 (
    id integer NOT NULL,
    customer_id integer,
    year integer NOT NULL,
    CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
