CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
CREATE TABLE invites (id integer PRIMARY KEY, email text);
