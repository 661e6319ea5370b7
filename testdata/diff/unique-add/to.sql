-- unique constraints added, column-level and table-level over two columns
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text UNIQUE,
    org_id integer,
    handle text,
    UNIQUE (org_id, handle)
);
