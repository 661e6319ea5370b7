ALTER TABLE tickets ALTER COLUMN no DROP DEFAULT;

-- schemac: destructive: sequence ticket_seq and its current value
DROP SEQUENCE ticket_seq;
