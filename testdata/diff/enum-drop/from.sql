CREATE TYPE post_status AS ENUM ('draft', 'published');
CREATE TYPE unused AS ENUM ('x');
CREATE TABLE posts (id integer PRIMARY KEY, status post_status NOT NULL DEFAULT 'draft');
