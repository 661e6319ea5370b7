CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE, handle text);
CREATE UNIQUE INDEX users_handle_key ON users (handle);
