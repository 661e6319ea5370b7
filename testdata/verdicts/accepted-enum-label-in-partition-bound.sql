CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE t (id integer, r region) PARTITION BY LIST (r);
CREATE TABLE t_eu PARTITION OF t FOR VALUES IN ('eu');
CREATE TABLE t_us (id integer, r region);
ALTER TABLE t ATTACH PARTITION t_us FOR VALUES IN ('us');
