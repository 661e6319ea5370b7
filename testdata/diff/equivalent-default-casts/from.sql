CREATE TABLE t (
    a text DEFAULT 'x',
    b varchar(10) DEFAULT 'active',
    c numeric DEFAULT 0,
    d text[] DEFAULT '{}',
    e timestamptz DEFAULT current_timestamp,
    f boolean DEFAULT false,
    g date DEFAULT '2020-01-01',
    h jsonb DEFAULT '{}',
    i bigint DEFAULT -1,
    j interval DEFAULT '1 day',
    k double precision DEFAULT 1.5,
    l integer DEFAULT (1 + 2)
);
