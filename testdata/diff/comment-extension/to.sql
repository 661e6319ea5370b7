-- an extension's built-in comment replaced
CREATE EXTENSION citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'case-insensitive emails';
