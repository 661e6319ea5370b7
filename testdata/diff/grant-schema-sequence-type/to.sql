CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('happy', 'sad');
CREATE SEQUENCE app.counter;
CREATE SEQUENCE app.tickets;

GRANT USAGE, CREATE ON SCHEMA app TO authenticated;
GRANT ALL ON SCHEMA app TO service_role;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO anon;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO authenticated;
GRANT USAGE, SELECT ON SEQUENCE app.counter TO authenticated;
GRANT ALL ON SEQUENCE app.tickets TO service_role;
GRANT UPDATE ON app.tickets TO authenticated;
