-- the last statement of the file has a stray word
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE teams (id int PRIMARY KEY) oops;
