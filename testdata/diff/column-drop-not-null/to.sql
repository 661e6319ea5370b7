-- NOT NULL dropped (the default stays)
CREATE TABLE users (id integer PRIMARY KEY, email text, name text DEFAULT '');
