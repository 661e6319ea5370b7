ALTER TABLE tickets ADD COLUMN seq_no bigserial;
