CREATE TABLE tmp (id bigint);
ALTER TABLE tmp ADD COLUMN code text NOT NULL;
