creat table users (id int PRIMARY KEY);
CREATE TABLE teams (id int PRIMARY KEY);
