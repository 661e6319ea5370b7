-- domains, composite and range types and collations as pg_dump writes
-- them: qualified names, casts, COLLATE pg_catalog."C", default opclass and
-- multirange name left out, a collation copied FROM "C", the collation a
-- domain brings left out of its columns and attributes, the default a
-- domain over a domain copies written out
CREATE COLLATION public.copied (provider = libc, locale = 'C');
CREATE COLLATION public.pc (provider = libc, locale = 'POSIX');
CREATE DOMAIN public.code AS character varying(10) COLLATE pg_catalog."C" NOT NULL DEFAULT 'x'::character varying
	CONSTRAINT code_check CHECK (((VALUE)::text ~ '^[a-z]+$'::text));
CREATE DOMAIN public.sub_code AS public.code DEFAULT 'x'::character varying;
CREATE DOMAIN public.qty AS integer;
ALTER DOMAIN public.qty
    ADD CONSTRAINT qty_check CHECK ((VALUE > 0)) NOT VALID;
CREATE TYPE public.pair AS (
	a integer,
	b public.code,
	c text COLLATE public.pc
);
CREATE TYPE public.intrange AS RANGE (
    subtype = integer,
    multirange_type_name = public.intmultirange
);
CREATE TYPE public.textrange AS RANGE (
    subtype = text,
    multirange_type_name = public.textmultirange,
    collation = pg_catalog."C"
);
CREATE TABLE public.t (
    a public.code,
    b public.sub_code,
    p public.pair,
    r public.intrange,
    m public.intmultirange,
    q public.qty
);
