CREATE TABLE accounts (id serial PRIMARY KEY, name text);
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);
CREATE VIEW account_names AS SELECT name FROM accounts;
CREATE FUNCTION total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(total) FROM invoices $$;
