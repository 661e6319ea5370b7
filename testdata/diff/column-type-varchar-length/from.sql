CREATE TABLE users (id integer PRIMARY KEY, name varchar(50), code char(2), note varchar(100));
