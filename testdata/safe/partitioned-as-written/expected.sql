SET LOCAL lock_timeout = '5s';

ALTER TABLE accounts ADD COLUMN email text;

CREATE INDEX events_kind_idx ON ONLY events (kind);

CREATE INDEX events_2024_kind_idx ON events_2024 (kind);

ALTER INDEX events_kind_idx ATTACH PARTITION events_2024_kind_idx;

ALTER TABLE events ADD CONSTRAINT events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);

-- The rest runs outside a transaction, statement by statement
-- (schemac generate writes it as a migration of its own):
-- schemac:no-transaction

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
