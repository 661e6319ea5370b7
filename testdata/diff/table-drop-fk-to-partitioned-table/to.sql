-- the partitioned table, its partitions and the table that references it
-- all go: the foreign key depends on each partition as well, so it is
-- dropped before any of them
CREATE TABLE accounts (id integer PRIMARY KEY);
