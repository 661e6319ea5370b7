CREATE INDEX ON users (email);
CREATE TABLE users (id int, email text);
