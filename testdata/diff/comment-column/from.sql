CREATE TABLE users (id integer PRIMARY KEY, email text, name text, "Nick Name" text);
COMMENT ON COLUMN users.name IS 'full name';
COMMENT ON COLUMN users."Nick Name" IS 'optional';
