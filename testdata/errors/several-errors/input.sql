-- every error is reported, in the order of the file
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TABLE users (id int PRIMARY KEY);
CREATE INDEX ON teams (id);
CREATE RULE r AS ON INSERT TO users DO INSTEAD NOTHING;
CREATE INDEX ON users (mail);
DROP TABLE projects;
