-- inline and table-level constraints versus named ALTER TABLE ONLY ... ADD CONSTRAINT with pg_dump's parentheses
CREATE TABLE public.products (
    id integer NOT NULL,
    price numeric,
    owner_id integer,
    code text,
    CONSTRAINT products_price_check CHECK ((price > (0)::numeric))
);

CREATE TABLE public.users (
    id integer NOT NULL
);

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_code_key UNIQUE (code);

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE CASCADE;
