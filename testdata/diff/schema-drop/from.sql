CREATE SCHEMA app;
CREATE TABLE keep (id integer);
