CREATE TABLE people (id integer PRIMARY KEY, name text, slug varchar(100), created_at timestamptz);
