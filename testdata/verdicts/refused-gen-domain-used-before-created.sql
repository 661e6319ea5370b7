CREATE TABLE t (s email);
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
