-- schemac: destructive: column tickets.seq_no and its data
ALTER TABLE tickets DROP COLUMN seq_no;
