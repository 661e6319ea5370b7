-- a typo in the second of three statements
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABEL teams (id int PRIMARY KEY);
CREATE TABLE projects (id int PRIMARY KEY);
