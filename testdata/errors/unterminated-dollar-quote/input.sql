-- a dollar quote whose closing tag is misspelt, up to the end of the file
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE teams (name text DEFAULT $tag$nobody$tga$);