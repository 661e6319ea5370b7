CREATE TABLE users (id integer PRIMARY KEY, email text, first text, last text);
