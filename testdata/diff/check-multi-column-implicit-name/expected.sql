CREATE TABLE ranges (
    lo integer,
    hi integer,
    CONSTRAINT ranges_check CHECK (lo <= hi),
    CONSTRAINT ranges_hi_check CHECK (hi < 100),
    CONSTRAINT ranges_check1 CHECK (true)
);
