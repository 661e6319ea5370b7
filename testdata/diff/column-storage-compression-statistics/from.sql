CREATE TABLE documents (id bigint, body text, meta jsonb, title text COMPRESSION pglz);
ALTER TABLE documents ALTER COLUMN meta SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN id SET STATISTICS 500;
