CREATE TABLE words (id integer PRIMARY KEY, word text, code varchar(10) COLLATE "C");
