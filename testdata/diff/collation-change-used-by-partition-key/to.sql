-- an enum and a collation used by partition keys change: PostgreSQL
-- cannot change a key column's type or collation, so the partitioned
-- tables are dropped and created again with their partitions (destructive);
-- the view whose COLLATE names the collation is made again
CREATE TYPE region AS ENUM ('eu', 'asia');
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE TABLE sales (id int, r region, name text COLLATE ci) PARTITION BY LIST (r);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE people (id int, name text COLLATE ci) PARTITION BY RANGE (name);
CREATE TABLE people_a PARTITION OF people FOR VALUES FROM ('a') TO ('m');
CREATE VIEW vv AS SELECT 'x' COLLATE ci AS c;
