-- a partitioned table dropped with its foreign partition (PostgreSQL drops
-- the partitions with it; schemac drops the foreign table first); back: the
-- foreign partition created after its parent
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap;
CREATE TABLE kept (id int);
