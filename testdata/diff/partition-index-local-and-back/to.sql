-- a partitioned index turned into local ones (and back: the local ones are attached)
CREATE TABLE m (id integer NOT NULL, k integer NOT NULL, a integer) PARTITION BY RANGE (k);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);
CREATE INDEX m1_a_idx ON m1 (a);
CREATE INDEX m2_a_idx ON m2 (a);
