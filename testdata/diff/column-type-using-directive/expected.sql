-- schemac: destructive: column events.created changes type: values are converted by its schemac:using expression; values it cannot convert fail the migration
ALTER TABLE events ALTER COLUMN created TYPE timestamp without time zone USING to_timestamp(created) AT TIME ZONE 'UTC';

-- schemac: destructive: column events.ref changes type: values are converted by its schemac:using expression; values it cannot convert fail the migration
ALTER TABLE events ALTER COLUMN ref TYPE uuid USING lpad(to_hex(ref), 32, '0')::uuid;
