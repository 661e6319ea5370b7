ALTER TABLE measurements ADD CONSTRAINT measurements_value_check CHECK (value >= 0) NO INHERIT;
