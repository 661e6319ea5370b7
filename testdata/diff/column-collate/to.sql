-- a collation added to one column and removed from another
CREATE TABLE words (id integer PRIMARY KEY, word text COLLATE "C", code varchar(10));
