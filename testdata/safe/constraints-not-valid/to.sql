CREATE DOMAIN amount AS numeric(12,2) CONSTRAINT amount_positive CHECK (VALUE > 0);
CREATE TABLE accounts (id bigint PRIMARY KEY, email text CHECK (email LIKE '%@%'));
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id) ON DELETE CASCADE,
    title text,
    price amount
);
-- written NOT VALID: stays so, never validated
ALTER TABLE posts ADD CONSTRAINT posts_title_check CHECK (title <> '') NOT VALID;
-- NOT VALID before, valid now: only the validation, in the online part
CREATE TABLE legacy (id bigint PRIMARY KEY, n int CHECK (n > 0));
