-- a tab counts as one column, and the caret line keeps it so that the caret lines up
CREATE TABLE users (id int,	name text, email);
