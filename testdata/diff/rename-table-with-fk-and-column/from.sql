CREATE TABLE authors (id bigint PRIMARY KEY, full_name text);
CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors (id), title text);
