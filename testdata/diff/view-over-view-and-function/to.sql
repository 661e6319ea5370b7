CREATE SCHEMA reporting;
CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL, created_at date NOT NULL);
CREATE FUNCTION reporting.age_days(d date) RETURNS integer LANGUAGE sql STABLE AS 'SELECT current_date - d';
CREATE VIEW reporting.account_ages AS SELECT a.id, a.name, reporting.age_days(a.created_at) AS age FROM accounts a;
CREATE VIEW reporting.old_accounts AS SELECT * FROM reporting.account_ages WHERE age > 365;
CREATE FUNCTION reporting.old_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM reporting.old_accounts';
