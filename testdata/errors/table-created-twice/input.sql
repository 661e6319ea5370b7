CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY);
