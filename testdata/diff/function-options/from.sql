CREATE SCHEMA app;
CREATE FUNCTION app.whoami() RETURNS text LANGUAGE sql AS 'SELECT current_user';
CREATE FUNCTION app.safe_div(a numeric, b numeric) RETURNS numeric LANGUAGE sql AS 'SELECT a / b';
