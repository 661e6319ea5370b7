-- column comments added, changed and dropped, one on a quoted column
CREATE TABLE users (id integer PRIMARY KEY, email text, name text, "Nick Name" text);
COMMENT ON COLUMN users.email IS 'lower case';
COMMENT ON COLUMN users.name IS 'display name';
