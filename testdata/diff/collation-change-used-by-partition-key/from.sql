CREATE TYPE region AS ENUM ('eu', 'us', 'asia');
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE sales (id int, r region, name text COLLATE ci) PARTITION BY LIST (r);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE people (id int, name text COLLATE ci) PARTITION BY RANGE (name);
CREATE TABLE people_a PARTITION OF people FOR VALUES FROM ('a') TO ('m');
CREATE VIEW vv AS SELECT 'x' COLLATE ci AS c;
