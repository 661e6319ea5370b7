CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE EVENT TRIGGER ddl_log ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE PROCEDURE log_ddl();
ALTER EVENT TRIGGER ddl_log DISABLE;
CREATE EVENT TRIGGER start_guard ON ddl_command_start EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER start_guard IS 'logs';
