-- two statements on one line; the second is wrong
CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE teams (id int PRIMARY KEY,, name text);
