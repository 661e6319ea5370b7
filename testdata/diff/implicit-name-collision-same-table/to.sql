-- implicit names that collide inside one table get numbered suffixes (a repeated UNIQUE (b) is kept once)
CREATE TABLE t (
    a integer CHECK (a > 0) CHECK (a < 100),
    b integer UNIQUE,
    UNIQUE (b)
);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a) WHERE b IS NOT NULL;
CREATE INDEX ON t ((a + 1));
CREATE INDEX ON t ((a + 2));
