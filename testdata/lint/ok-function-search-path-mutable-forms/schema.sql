CREATE SCHEMA app;
CREATE FUNCTION app.f_public() RETURNS int LANGUAGE sql SET search_path = public, pg_temp AS 'SELECT 1';
CREATE FUNCTION app.f_to() RETURNS int LANGUAGE sql SET search_path TO app AS 'SELECT 1';
CREATE OR REPLACE FUNCTION app.f_to() RETURNS int LANGUAGE sql SET search_path TO app AS 'SELECT 2';
CREATE FUNCTION app.f_later() RETURNS int LANGUAGE sql AS 'SELECT 1';
ALTER FUNCTION app.f_later SET search_path = pg_catalog;
CREATE PROCEDURE app.p_set() LANGUAGE sql SET search_path = '' AS 'SELECT 1';
