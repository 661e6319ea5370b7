-- a composite foreign key with MATCH FULL
CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE offices (
    id integer PRIMARY KEY,
    country text,
    region text,
    FOREIGN KEY (country, region) REFERENCES regions (country, code) MATCH FULL
);
