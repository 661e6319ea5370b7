CREATE TABLE users (id int PRIMARY KEY, email text);
GRANT SELECT ON users TO PUBLIC;
