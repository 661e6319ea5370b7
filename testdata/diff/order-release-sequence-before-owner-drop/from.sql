CREATE TABLE a (id serial);
