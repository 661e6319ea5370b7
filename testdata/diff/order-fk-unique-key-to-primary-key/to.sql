-- the unique key a foreign key depends on becomes the primary key
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer REFERENCES parent (id));
