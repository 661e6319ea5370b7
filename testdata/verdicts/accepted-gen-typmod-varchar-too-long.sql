CREATE TABLE t (a character varying(10485760));
