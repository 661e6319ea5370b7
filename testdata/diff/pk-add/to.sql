-- a primary key added to a table without one (its column becomes NOT NULL)
CREATE TABLE tags (id integer PRIMARY KEY, name text);
