CREATE TABLE t (id bigint PRIMARY KEY, flag boolean);
UPDATE t SET flag = true;
DELETE FROM t;
