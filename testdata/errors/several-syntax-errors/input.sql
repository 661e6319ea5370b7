-- every statement that does not parse is reported, in order
CREATE TABEL users (id int PRIMARY KEY);
CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE projects (id int PRIMARY KEY) oops;
CREATE INDEX ON teams USING (id);
