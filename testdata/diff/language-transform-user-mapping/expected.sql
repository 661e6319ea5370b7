CREATE FUNCTION plsample_handler() RETURNS language_handler AS $$plpgsql$$, $$plpgsql_call_handler$$ LANGUAGE c;

CREATE FUNCTION plsample_inline(internal) RETURNS void AS $$plpgsql$$, $$plpgsql_inline_handler$$ LANGUAGE c;

CREATE TRUSTED LANGUAGE plsample HANDLER public.plsample_handler INLINE public.plsample_inline;

CREATE FUNCTION int_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE RETURNS NULL ON NULL INPUT AS $$int4recv$$;

CREATE FUNCTION int_to_sql(internal) RETURNS int LANGUAGE internal IMMUTABLE RETURNS NULL ON NULL INPUT AS $$int4recv$$;

CREATE TRANSFORM FOR int LANGUAGE plsample (FROM SQL WITH FUNCTION public.int_from_sql(pg_catalog.internal), TO SQL WITH FUNCTION public.int_to_sql(pg_catalog.internal));

CREATE USER MAPPING FOR anon SERVER srv;

CREATE USER MAPPING FOR public SERVER srv OPTIONS (password 'secret', "user" 'reader');

COMMENT ON LANGUAGE plsample IS 'a sample language';
