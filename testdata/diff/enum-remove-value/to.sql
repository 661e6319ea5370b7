-- an enum value removed: the type is swapped under the columns that use it (default and array)
CREATE TYPE post_status AS ENUM ('draft', 'published');
CREATE TABLE posts (
    id integer PRIMARY KEY,
    status post_status NOT NULL DEFAULT 'draft',
    history post_status[]
);
