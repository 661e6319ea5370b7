ALTER TABLE invoices DROP CONSTRAINT invoices_customer_id_fkey;

ALTER TABLE invoices DETACH PARTITION invoices_2023;

ALTER TABLE invoices DETACH PARTITION invoices_2024;

ALTER TABLE invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

ALTER TABLE invoices_2024 ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
