CREATE DOMAIN amount AS numeric(12,2);
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE TABLE posts (id bigint PRIMARY KEY, account_id bigint, title text, price amount);
CREATE TABLE legacy (id bigint PRIMARY KEY, n int);
ALTER TABLE legacy ADD CONSTRAINT legacy_n_check CHECK (n > 0) NOT VALID;
