CREATE TYPE post_status AS ENUM ('draft', 'review', 'published');
CREATE TABLE posts (
    id integer PRIMARY KEY,
    status post_status NOT NULL DEFAULT 'draft',
    history post_status[]
);
