-- the file stops in the middle of its last statement, with no final newline
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE