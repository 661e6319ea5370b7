CREATE SCHEMA app;
CREATE TABLE app."Users" (id int);
CREATE VIEW v AS SELECT 'app."Users"'::regclass AS a, 'APP."Users"'::regclass AS b, '1259'::regclass AS c;
