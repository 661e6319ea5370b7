-- nothing yet: the partitioned table and its partitions come in the migration
CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL);
