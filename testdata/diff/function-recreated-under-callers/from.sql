-- A function whose return type changes, or whose parameter is renamed,
-- cannot be changed by CREATE OR REPLACE FUNCTION: it is dropped and
-- created again. DROP FUNCTION fails while a column default, a check or
-- exclusion constraint, an index (its expressions or predicate) or a
-- domain calls it, so those go before and are made again after.
CREATE FUNCTION shelf_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 50 $$;
CREATE FUNCTION fold(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;

CREATE DOMAIN shelf_count AS integer DEFAULT shelf_limit()
    CONSTRAINT shelf_count_max CHECK (VALUE <= shelf_limit());

CREATE TABLE books (
    id integer PRIMARY KEY,
    title text NOT NULL,
    copies integer DEFAULT shelf_limit(),
    stock shelf_count,
    CONSTRAINT books_copies_check CHECK (copies <= shelf_limit() * 2),
    CONSTRAINT books_title_excl EXCLUDE USING btree ((fold(title)) WITH =)
);
COMMENT ON CONSTRAINT books_copies_check ON books IS 'at most two shelves';

CREATE INDEX books_title_idx ON books (fold(title));
COMMENT ON INDEX books_title_idx IS 'lookup by folded title';
CREATE INDEX books_many_idx ON books (id) WHERE copies > shelf_limit();

CREATE MATERIALIZED VIEW book_titles AS SELECT id, title FROM books;
CREATE INDEX book_titles_fold_idx ON book_titles (fold(title));

-- kept as it is: nothing of it calls the two functions
CREATE TABLE shelves (id integer PRIMARY KEY, label text DEFAULT 'main');
