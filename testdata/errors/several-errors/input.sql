-- every error is reported, in the order of the file
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TABLE users (id int PRIMARY KEY);
CREATE INDEX ON teams (id);
CREATE OPERATOR CLASS c FOR TYPE int USING btree AS OPERATOR 1 <;
CREATE INDEX ON users (mail);
DROP TABLE projects;
