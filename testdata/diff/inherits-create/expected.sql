CREATE TABLE tagged (
    tags text[]
);

CREATE TABLE books (
    name text DEFAULT 'unnamed',
    isbn text NOT NULL,
    CONSTRAINT books_isbn_check CHECK (isbn <> '')
) INHERITS (items, tagged);
