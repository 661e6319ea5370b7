CREATE SCHEMA reporting;

CREATE FUNCTION reporting.age_days(d date) RETURNS int LANGUAGE sql STABLE AS $$SELECT current_date - d$$;

CREATE TABLE accounts (
    id integer NOT NULL,
    name text NOT NULL,
    created_at date NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE VIEW reporting.account_ages AS SELECT a.id, a.name, reporting.age_days(a.created_at) AS age FROM accounts a;

CREATE VIEW reporting.old_accounts AS SELECT account_ages.id, account_ages.name, account_ages.age FROM reporting.account_ages WHERE account_ages.age > 365;

CREATE FUNCTION reporting.old_count() RETURNS bigint LANGUAGE sql STABLE AS $$SELECT count(*) FROM reporting.old_accounts$$;
