CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  new.updated_at := now();
  return new;
end $$;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;

CREATE POLICY users_self ON users FOR SELECT TO public USING (id = current_setting('app.uid')::bigint);

CREATE TRIGGER users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE VIEW active_users AS SELECT users.id, users.email FROM users WHERE users.name IS NOT NULL;

CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM users WITH NO DATA;

CREATE INDEX mv_count_idx ON mv (count);

COMMENT ON VIEW active_users IS 'who';
