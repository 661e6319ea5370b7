CREATE TABLE users (id int PRIMARY KEY, email text);
GRANT SELECT ON users TO PUBLIC;
GRANT authenticated TO anon;
REVOKE service_role FROM anon;
