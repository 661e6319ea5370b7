CREATE FUNCTION trg() RETURNS pg_catalog.trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION etrg() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
