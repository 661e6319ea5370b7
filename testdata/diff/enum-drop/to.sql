-- enum types dropped, one after the column that used it
CREATE TABLE posts (id integer PRIMARY KEY);
