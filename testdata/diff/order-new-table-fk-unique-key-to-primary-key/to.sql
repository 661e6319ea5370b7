-- the unique key a foreign key depends on becomes the primary key, and a
-- new table references it too: its inline foreign key waits for the new key
-- (a fuzz-diff find)
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer REFERENCES parent (id));
CREATE TABLE sibling (parent_id integer REFERENCES parent (id));
