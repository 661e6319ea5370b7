CREATE TABLE documents (id bigint, body text COMPRESSION pglz, meta jsonb, title text);
ALTER TABLE documents ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN body SET STATISTICS 1000;
-- a new table with column options
CREATE TABLE blobs (id bigint, data bytea COMPRESSION pglz, raw text);
ALTER TABLE blobs ALTER COLUMN raw SET STORAGE EXTERNAL, ALTER COLUMN id SET STATISTICS 0;
