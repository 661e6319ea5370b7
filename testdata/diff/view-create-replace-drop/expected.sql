DROP VIEW old_view;

CREATE OR REPLACE VIEW active_users AS SELECT users.id, users.email, users.name FROM users WHERE users.active;

CREATE VIEW user_names WITH (security_barrier) AS SELECT u.id AS user_id, COALESCE(u.name, u.email) AS display FROM users u;

COMMENT ON COLUMN user_names.display IS 'name or email';

COMMENT ON VIEW user_names IS 'names';
