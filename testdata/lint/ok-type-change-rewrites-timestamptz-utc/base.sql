CREATE TABLE t (id bigint PRIMARY KEY, name varchar(20), at timestamp);
