-- an enum type and a column using it with a default
CREATE TYPE post_status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE posts (id integer PRIMARY KEY, status post_status NOT NULL DEFAULT 'draft');
