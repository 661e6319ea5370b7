CREATE SCHEMA app;
CREATE TYPE app.role AS ENUM ('owner', 'member');
CREATE TABLE app.users (id int PRIMARY KEY, r app.role);
CREATE TABLE app.posts (id int, user_id int);
