CREATE TABLE tmp (id int);
ALTER TABLE tmp ALTER COLUMN id TYPE bigint;
