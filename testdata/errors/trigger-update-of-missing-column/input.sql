CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE OF mail ON users
    FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE users DISABLE TRIGGER users_touched;
