-- ON DELETE SET NULL for a subset of the key's columns (new in PostgreSQL 15)
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (
    tenant_id integer NOT NULL,
    id integer,
    author_id integer,
    FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id)
);
