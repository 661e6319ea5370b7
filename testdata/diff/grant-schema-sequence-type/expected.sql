CREATE SEQUENCE app.tickets;

REVOKE USAGE ON SCHEMA app FROM anon;

GRANT ALL ON SCHEMA app TO authenticated;

GRANT ALL ON SCHEMA app TO service_role;

GRANT SELECT, USAGE ON SEQUENCE app.counter TO authenticated;

REVOKE USAGE ON TYPE app.mood FROM PUBLIC;

GRANT USAGE ON TYPE app.mood TO authenticated;

GRANT UPDATE ON SEQUENCE app.tickets TO authenticated;

GRANT ALL ON SEQUENCE app.tickets TO service_role;

GRANT USAGE ON SCHEMA public TO anon;
