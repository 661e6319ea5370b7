COMMENT ON COLUMN users."Nick Name" IS NULL;

COMMENT ON COLUMN users.email IS 'lower case';

COMMENT ON COLUMN users.name IS 'display name';
