-- a table and a column of another table renamed together; the foreign key between them follows both
-- schemac:renamed-from authors
CREATE TABLE writers (id bigint PRIMARY KEY, full_name text);
CREATE TABLE books (
    id bigint PRIMARY KEY,
    -- schemac:renamed-from author_id
    writer_id bigint NOT NULL CONSTRAINT books_author_id_fkey REFERENCES writers (id),
    title text
);
