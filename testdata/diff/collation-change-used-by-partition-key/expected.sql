DROP VIEW vv;

-- schemac: destructive: table sales_eu and all its rows (created again: its partitioning changes)
DROP TABLE sales_eu;

-- schemac: destructive: table sales and all its rows (created again: its partition key uses a type or collation that is replaced, which PostgreSQL cannot change under a key)
DROP TABLE sales;

-- schemac: destructive: table people_a and all its rows (created again: its partitioning changes)
DROP TABLE people_a;

-- schemac: destructive: table people and all its rows (created again: its partition key uses a type or collation that is replaced, which PostgreSQL cannot change under a key)
DROP TABLE people;

ALTER COLLATION ci RENAME TO ci_old;

CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- schemac: destructive: enum region loses 'us'; rows holding them fail the migration
ALTER TYPE region RENAME TO region_old;

CREATE TYPE region AS ENUM ('eu', 'asia');

CREATE TABLE people (
    id integer,
    name text COLLATE ci
) PARTITION BY RANGE (name);

CREATE TABLE people_a PARTITION OF people FOR VALUES FROM ('a') TO ('m');

CREATE TABLE sales (
    id integer,
    r region,
    name text COLLATE ci
) PARTITION BY LIST (r);

CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');

CREATE VIEW vv AS SELECT 'x' COLLATE ci AS c;

DROP TYPE region_old;

DROP COLLATION ci_old;
