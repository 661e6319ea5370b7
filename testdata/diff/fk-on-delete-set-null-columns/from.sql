CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id integer NOT NULL, id integer, author_id integer);
