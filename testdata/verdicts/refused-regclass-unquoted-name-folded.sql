CREATE SCHEMA app;
CREATE TABLE app."Users" (id int);
CREATE VIEW v AS SELECT 'app.Users'::regclass AS a;
