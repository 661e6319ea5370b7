CREATE TABLE tmp (id bigint, code varchar(3));
ALTER TABLE t DROP CONSTRAINT t_pkey;
ALTER TABLE t DROP COLUMN note;
-- schemac:allow prefer-text-over-varchar the codes are ISO 4217, always three letters
ALTER TABLE t ADD COLUMN currency varchar(3);
