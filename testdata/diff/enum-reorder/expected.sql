ALTER TYPE size RENAME TO size_old;

CREATE TYPE size AS ENUM ('small', 'medium', 'large');

ALTER TABLE shirts ALTER COLUMN size TYPE size USING size::text::size;

DROP TYPE size_old;
