-- schemac: destructive: column audited.legacy_flag and its data
ALTER TABLE ONLY audited DROP COLUMN legacy_flag;
