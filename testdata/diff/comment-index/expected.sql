COMMENT ON INDEX users_email_idx IS 'login lookups';

COMMENT ON INDEX users_pkey IS 'the key''s index';
