-- unique constraints dropped, an implicitly named one and an explicitly named one
CREATE TABLE users (id integer PRIMARY KEY, email text, handle text);
