CREATE TABLE users (id integer PRIMARY KEY, email text, deleted_at timestamptz, role text);
