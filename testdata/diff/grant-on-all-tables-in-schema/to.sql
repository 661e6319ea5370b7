CREATE TABLE accounts (id serial PRIMARY KEY, name text);
CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);
CREATE VIEW account_names AS SELECT name FROM accounts;
CREATE FUNCTION total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(total) FROM invoices $$;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO anon;
GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO authenticated;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON ALL ROUTINES IN SCHEMA public TO authenticated;
-- a table created after ALL TABLES does not get those grants
CREATE TABLE later (id int);
