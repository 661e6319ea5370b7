-- schemac: destructive: enum color loses 'grene'; rows holding them fail the migration
ALTER TYPE color RENAME TO color_old;

CREATE TYPE color AS ENUM ('red', 'green', 'blue');

DROP TYPE color_old;
