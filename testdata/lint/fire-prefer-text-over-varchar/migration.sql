CREATE TABLE tmp (id bigint, code varchar(3));
