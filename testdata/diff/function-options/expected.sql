CREATE OR REPLACE FUNCTION app.safe_div(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT LEAKPROOF PARALLEL safe COST 10 AS $$SELECT a / NULLIF(b, 0)$$;

CREATE OR REPLACE FUNCTION app.whoami() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO app, pg_temp SET statement_timeout TO "5s" AS $$SELECT current_user$$;
