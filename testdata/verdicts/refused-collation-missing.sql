-- A column's COLLATE names a collation no statement before it creates (PostgreSQL: collation "old_c" for encoding "UTF8" does not exist)
CREATE COLLATION new_c (locale = 'C');
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE old_c);
