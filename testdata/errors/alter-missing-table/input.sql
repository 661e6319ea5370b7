CREATE TABLE users (id int PRIMARY KEY);
ALTER TABLE usres ADD COLUMN email text;
