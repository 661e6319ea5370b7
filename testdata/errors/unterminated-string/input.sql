-- a string that is never closed, up to the end of the file
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE teams (name text DEFAULT 'nobody);