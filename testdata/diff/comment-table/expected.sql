COMMENT ON TABLE posts IS 'new';

COMMENT ON TABLE tags IS NULL;

COMMENT ON TABLE users IS 'people who sign in';
