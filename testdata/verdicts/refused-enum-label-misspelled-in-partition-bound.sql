CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE t (id integer, r region) PARTITION BY LIST (r);
CREATE TABLE t_eu PARTITION OF t FOR VALUES IN ('eu', 'euu');
