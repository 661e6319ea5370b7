COMMENT ON COLUMN app.things.kind IS 'column, changed';

COMMENT ON CONSTRAINT things_pkey ON app.things IS 'constraint, changed';

COMMENT ON EXTENSION pgcrypto IS 'extension, changed';

COMMENT ON INDEX app.things_kind_idx IS 'index, changed';

COMMENT ON SCHEMA app IS 'schema, changed';

COMMENT ON SEQUENCE app.seq IS 'sequence, changed';

COMMENT ON TABLE app.things IS 'table, changed';

COMMENT ON TYPE app.kind IS 'type, changed';
