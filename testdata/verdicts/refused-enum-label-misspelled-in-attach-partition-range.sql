CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE t (id integer, r region) PARTITION BY RANGE (r, id);
CREATE TABLE t_us (id integer, r region);
ALTER TABLE t ATTACH PARTITION t_us FOR VALUES FROM ('us', 0) TO ('usa', 10);
