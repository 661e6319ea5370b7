CREATE TABLE users (id integer PRIMARY KEY, email text, org_id integer, handle text);
