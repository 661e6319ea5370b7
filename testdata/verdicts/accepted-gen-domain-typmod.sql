CREATE DOMAIN name_t AS varchar(10);
CREATE TABLE t (s name_t);
