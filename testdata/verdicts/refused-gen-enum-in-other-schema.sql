CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('happy');
CREATE TABLE t (s mood);
