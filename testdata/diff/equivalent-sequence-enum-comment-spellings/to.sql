-- sequences with and without their default options, enum defaults with casts, E'' strings
CREATE TYPE public.mood AS ENUM (
    'sad',
    'happy'
);

CREATE SEQUENCE public.s
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE SEQUENCE public.s2
    START WITH 5
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.t (
    m public.mood DEFAULT 'sad'::public.mood,
    "Weird" text
);

COMMENT ON TABLE public.t IS 'it''s';

COMMENT ON COLUMN public.t."Weird" IS 'x';
