CREATE DOMAIN name_t AS text;
CREATE TABLE t (s name_t(10));
