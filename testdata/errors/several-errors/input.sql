-- every error is reported, in the order of the file
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TABLE users (id int PRIMARY KEY);
CREATE INDEX ON teams (id);
IMPORT FOREIGN SCHEMA remote FROM SERVER s INTO public;
CREATE INDEX ON users (mail);
DROP TABLE projects;
