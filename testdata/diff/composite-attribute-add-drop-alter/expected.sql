-- schemac: destructive: attribute address.country and its values in columns of type address
ALTER TYPE address DROP ATTRIBUTE country;

ALTER TYPE address ADD ATTRIBUTE region text;

ALTER TYPE point3 ALTER ATTRIBUTE x TYPE bigint;

ALTER TYPE point3 ALTER ATTRIBUTE y TYPE text COLLATE "C";

ALTER TYPE point3 ALTER ATTRIBUTE z TYPE numeric;

ALTER TYPE point3 ADD ATTRIBUTE w integer;

COMMENT ON COLUMN point3.z IS 'height in metres';
