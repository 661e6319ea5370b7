CREATE TABLE t (
    a integer,
    b integer,
    CONSTRAINT t_a_check CHECK (a > 0),
    CONSTRAINT t_a_check1 CHECK (a < 100),
    CONSTRAINT t_b_key UNIQUE (b)
);

CREATE INDEX t_a_idx ON t (a);

CREATE INDEX t_a_idx1 ON t (a) WHERE (b IS NOT NULL);

CREATE INDEX t_expr_idx ON t ((a + 1));

CREATE INDEX t_expr_idx1 ON t ((a + 2));
