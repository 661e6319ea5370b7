ALTER TABLE accounts DETACH PARTITION accounts_us;

-- schemac: destructive: table accounts_us and all its rows
DROP TABLE accounts_us;
