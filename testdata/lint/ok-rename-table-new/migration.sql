CREATE TABLE tmp (id bigint);
ALTER TABLE tmp RENAME TO tmp2;
