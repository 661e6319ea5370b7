-- schemac: destructive: sequence old_seq and its current value
DROP SEQUENCE old_seq;
