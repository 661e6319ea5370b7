ALTER TABLE books DROP CONSTRAINT books_copies_check;

ALTER TABLE books DROP CONSTRAINT books_title_excl;

ALTER TABLE books ALTER COLUMN copies DROP DEFAULT;

DROP INDEX book_titles_fold_idx;

DROP INDEX books_many_idx;

DROP INDEX books_title_idx;

DROP FUNCTION fold(text);

ALTER DOMAIN shelf_count DROP CONSTRAINT shelf_count_max;

ALTER DOMAIN shelf_count DROP DEFAULT;

DROP FUNCTION shelf_limit();

CREATE FUNCTION fold(title text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(title) $$;

CREATE FUNCTION shelf_limit() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 50 $$;

ALTER DOMAIN shelf_count SET DEFAULT shelf_limit();

ALTER DOMAIN shelf_count ADD CONSTRAINT shelf_count_max CHECK (value <= shelf_limit());

ALTER TABLE books ALTER COLUMN copies SET DEFAULT shelf_limit();

ALTER TABLE books ADD CONSTRAINT books_copies_check CHECK (copies <= (shelf_limit() * 2));

ALTER TABLE books ADD CONSTRAINT books_title_excl EXCLUDE USING btree (fold(title) WITH =);

CREATE INDEX book_titles_fold_idx ON book_titles (fold(title));

CREATE INDEX books_many_idx ON books (id) WHERE (copies > shelf_limit());

CREATE INDEX books_title_idx ON books (fold(title));

COMMENT ON CONSTRAINT books_copies_check ON books IS 'at most two shelves';

COMMENT ON INDEX books_title_idx IS 'lookup by folded title';
