CREATE TABLE t (id bigint PRIMARY KEY);
CREATE DOMAIN plainint AS int;
