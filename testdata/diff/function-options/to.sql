CREATE SCHEMA app;
CREATE FUNCTION app.whoami() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = app, pg_temp SET statement_timeout = '5s'
    AS 'SELECT current_user';
CREATE FUNCTION app.safe_div(a numeric, b numeric) RETURNS numeric LANGUAGE sql
    IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE COST 10
    AS 'SELECT a / NULLIF(b, 0)';
