CREATE TABLE tmp (id bigint, code char(3));
