CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY);
CREATE TABLE app.members (id bigint PRIMARY KEY, account_id bigint REFERENCES app.accounts (id));
