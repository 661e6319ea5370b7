CREATE TABLE tmp (id bigint, junk text);
ALTER TABLE tmp DROP COLUMN junk;
