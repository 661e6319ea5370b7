DROP TRIGGER notes_stamp ON notes;

DROP FUNCTION stamp();

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

CREATE TRIGGER notes_stamp BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION set_updated_at();
