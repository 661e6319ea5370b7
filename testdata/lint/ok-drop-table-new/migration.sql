CREATE TABLE tmp (id bigint);
DROP TABLE tmp;
