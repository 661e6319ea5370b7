SET LOCAL lock_timeout = '5s';

ALTER DOMAIN amount ADD CONSTRAINT amount_positive CHECK (value > 0) NOT VALID;

ALTER TABLE accounts ADD CONSTRAINT accounts_email_check CHECK (email LIKE '%@%') NOT VALID;

ALTER TABLE posts ADD CONSTRAINT posts_title_check CHECK (title <> '') NOT VALID;

ALTER TABLE posts ADD CONSTRAINT posts_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE NOT VALID;

-- The rest runs outside a transaction, statement by statement
-- (schemac generate writes it as a migration of its own):
-- schemac:no-transaction

SET lock_timeout = '5s';

ALTER DOMAIN amount VALIDATE CONSTRAINT amount_positive;

ALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_check;

ALTER TABLE legacy VALIDATE CONSTRAINT legacy_n_check;

ALTER TABLE posts VALIDATE CONSTRAINT posts_account_id_fkey;
