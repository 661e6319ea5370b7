-- type aliases (int, int4, int8, bool, float8, decimal, varchar, timestamptz, ...) versus the canonical names
CREATE TABLE public.t (
    a integer,
    b integer,
    c bigint,
    d smallint,
    e boolean,
    f double precision,
    g real,
    h double precision,
    i numeric(10,2),
    j character varying(20),
    k character(3),
    l character(1),
    m timestamp with time zone,
    n time with time zone,
    o timestamp without time zone,
    p integer[],
    q bit varying(4),
    r numeric,
    s real,
    t character varying
);
