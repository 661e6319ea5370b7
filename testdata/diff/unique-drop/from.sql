CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, handle text CONSTRAINT users_handle_uq UNIQUE);
