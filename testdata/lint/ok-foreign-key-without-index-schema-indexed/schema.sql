CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY);
CREATE TABLE app.members (id bigint PRIMARY KEY, account_id bigint REFERENCES app.accounts (id));
CREATE INDEX members_account ON app.members (account_id);
CREATE TABLE app.roles (account_id bigint REFERENCES app.accounts (id), role text, PRIMARY KEY (account_id, role));
