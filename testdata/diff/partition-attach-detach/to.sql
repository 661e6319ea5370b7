CREATE TABLE measurements (id bigint NOT NULL, region text NOT NULL, value numeric, CHECK (value >= 0), PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE measurements_eu PARTITION OF measurements FOR VALUES IN ('eu');
CREATE INDEX measurements_value_idx ON measurements (value);
-- us is detached: it keeps its columns, key, check and index, standalone
CREATE TABLE measurements_us (id bigint NOT NULL, region text NOT NULL, value numeric, CONSTRAINT measurements_value_check CHECK (value >= 0), CONSTRAINT measurements_us_pkey PRIMARY KEY (id, region));
CREATE INDEX measurements_us_value_idx ON measurements_us (value);
CREATE TABLE measurements_asia PARTITION OF measurements FOR VALUES IN ('asia');
