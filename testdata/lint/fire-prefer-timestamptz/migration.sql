CREATE TABLE tmp (id bigint, at timestamp);
