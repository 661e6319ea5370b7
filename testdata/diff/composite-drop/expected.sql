-- schemac: destructive: column shops.addr and its data
ALTER TABLE shops DROP COLUMN addr;

DROP TYPE address;

DROP TYPE unused;
