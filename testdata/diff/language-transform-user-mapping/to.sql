-- a procedural language with its handler, a transform for it, user
-- mappings on a server: created, or dropped going back
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER srv FOREIGN DATA WRAPPER wrap OPTIONS (port '5432', host 'db', dbname 'app');
CREATE FUNCTION plsample_handler() RETURNS language_handler
    AS 'plpgsql', 'plpgsql_call_handler' LANGUAGE c;
CREATE FUNCTION plsample_inline(internal) RETURNS void
    AS 'plpgsql', 'plpgsql_inline_handler' LANGUAGE c;
CREATE TRUSTED LANGUAGE plsample HANDLER plsample_handler INLINE plsample_inline;
COMMENT ON LANGUAGE plsample IS 'a sample language';
CREATE FUNCTION int_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION int_to_sql(internal) RETURNS integer LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR integer LANGUAGE plsample (
    FROM SQL WITH FUNCTION int_from_sql(internal),
    TO SQL WITH FUNCTION int_to_sql(internal));
CREATE USER MAPPING FOR PUBLIC SERVER srv OPTIONS (user 'reader', password 'secret');
CREATE USER MAPPING IF NOT EXISTS FOR anon SERVER srv;
