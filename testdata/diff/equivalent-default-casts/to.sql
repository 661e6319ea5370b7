-- defaults written plainly versus with pg_dump's explicit casts and spellings
CREATE TABLE public.t (
    a text DEFAULT 'x'::text,
    b character varying(10) DEFAULT 'active'::character varying,
    c numeric DEFAULT 0,
    d text[] DEFAULT '{}'::text[],
    e timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    f boolean DEFAULT false,
    g date DEFAULT '2020-01-01'::date,
    h jsonb DEFAULT '{}'::jsonb,
    i bigint DEFAULT '-1'::integer,
    j interval DEFAULT '1 day'::interval,
    k double precision DEFAULT 1.5,
    l integer DEFAULT (1 + 2)
);
