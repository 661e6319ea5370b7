CREATE TABLE users (id integer PRIMARY KEY, org_id integer, email text);
