ALTER TABLE authors RENAME TO writers;

ALTER TABLE books RENAME COLUMN author_id TO writer_id;

ALTER TABLE writers RENAME CONSTRAINT authors_pkey TO writers_pkey;
