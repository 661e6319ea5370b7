-- a foreign key that references a unique column, which becomes unique in the same change
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE invites (id integer PRIMARY KEY, email text REFERENCES users (email));
