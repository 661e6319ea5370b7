-- a table with many numeric, text and binary types and typmods
CREATE TABLE kinds (
    a smallint,
    b integer,
    c bigint,
    d numeric(10,2),
    e numeric,
    f numeric(5),
    g real,
    h double precision,
    i boolean,
    j text,
    k varchar(255),
    l char(3),
    m bytea,
    n money,
    o bit(8),
    p bit varying(16),
    q "char",
    r name,
    s oid
);
