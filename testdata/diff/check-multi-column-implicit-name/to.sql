-- implicit names of check constraints: first column, table-level and expression-only checks
CREATE TABLE ranges (
    lo integer,
    hi integer,
    CHECK (lo <= hi),
    CHECK (hi < 100),
    CHECK (true)
);
