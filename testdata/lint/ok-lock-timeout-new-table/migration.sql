CREATE TABLE tmp (id bigint);
ALTER TABLE tmp ADD COLUMN extra text;
