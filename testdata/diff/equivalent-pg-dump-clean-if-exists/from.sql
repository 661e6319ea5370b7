-- an older version of the schema; to.sql is pg_dump --schema-only --clean
-- --if-exists of the new one: every DROP ... IF EXISTS and ALTER TABLE IF
-- EXISTS of what does not exist yet is a notice, as in PostgreSQL
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TABLE app.tasks (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    status app.status DEFAULT 'new'
);
DROP TRIGGER IF EXISTS tasks_touch ON app.missing;
DROP POLICY IF EXISTS tasks_all ON missing;
DROP INDEX IF EXISTS app.tasks_title_idx, app.tasks_pkey_missing;
DROP TABLE IF EXISTS app.gone, app.never;
ALTER TABLE IF EXISTS app.gone ADD COLUMN x int;
