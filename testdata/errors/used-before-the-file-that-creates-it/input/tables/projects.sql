CREATE SCHEMA app;
CREATE TABLE app.projects (id int, s status);
CREATE TABLE projects (id int);
