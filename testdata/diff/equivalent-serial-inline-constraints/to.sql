-- serial and inline constraints by hand versus pg_dump's sequence, ALTER TABLE ONLY and qualified names
CREATE TABLE public.orgs (
    id integer NOT NULL
);

CREATE TABLE public.users (
    id integer NOT NULL,
    age integer,
    email character varying(255) NOT NULL,
    org_id integer,
    created timestamp with time zone DEFAULT now(),
    CONSTRAINT users_age_check CHECK ((age >= 0))
);

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);
