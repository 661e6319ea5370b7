-- an existing table gets a column referencing a new table (the new table comes first)
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id integer PRIMARY KEY, title text, author_id integer REFERENCES authors (id));
