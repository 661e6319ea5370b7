CREATE TABLE measurements (id bigint NOT NULL, region text NOT NULL, value numeric, CHECK (value >= 0), PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE measurements_eu PARTITION OF measurements FOR VALUES IN ('eu');
CREATE TABLE measurements_us PARTITION OF measurements FOR VALUES IN ('us');
CREATE INDEX measurements_value_idx ON measurements (value);
-- a standalone table that becomes a partition
CREATE TABLE measurements_asia (id bigint NOT NULL, region text NOT NULL, value numeric);
