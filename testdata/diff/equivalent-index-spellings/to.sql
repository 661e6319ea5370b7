-- index spellings: implicit name, default USING btree, ASC NULLS LAST, parenthesized predicates, quoted reloptions
CREATE TABLE public.users (
    id integer,
    email text,
    created_at timestamp with time zone,
    name text
);

CREATE INDEX users_created_idx ON public.users USING btree (created_at);

CREATE INDEX users_email_idx ON public.users USING btree (email);

CREATE INDEX users_ff_idx ON public.users USING btree (id) WITH (fillfactor='70');

CREATE UNIQUE INDEX users_lower_email_key ON public.users USING btree (lower(email));

CREATE INDEX users_name_idx ON public.users USING btree (name DESC) WHERE (name IS NOT NULL);
