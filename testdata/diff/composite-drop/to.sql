-- composite types dropped, one after the column that used it
CREATE TABLE shops (id integer PRIMARY KEY);
