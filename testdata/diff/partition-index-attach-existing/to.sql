-- an index, primary key and unique key created on the partitioned table:
-- PostgreSQL attaches the partitions' matching ones (m1_custom, m1_pk,
-- m2_b_k_key) and builds the missing ones
CREATE TABLE m (id integer NOT NULL, k integer NOT NULL, a integer, b integer) PARTITION BY RANGE (k);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);
CREATE INDEX m1_custom ON m1 (a);
ALTER TABLE m1 ADD CONSTRAINT m1_pk PRIMARY KEY (id, k);
ALTER TABLE m2 ADD CONSTRAINT m2_b_k_key UNIQUE (b, k);
CREATE INDEX ON m (a);
ALTER TABLE m ADD PRIMARY KEY (id, k);
ALTER TABLE m ADD UNIQUE (b, k);
