CREATE TABLE docs (
    id integer PRIMARY KEY,
    body jsonb,
    words tsvector,
    location point,
    token text,
    created_at timestamptz
);
