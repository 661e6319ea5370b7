-- schemac: destructive: column marker.id and its data
ALTER TABLE marker DROP COLUMN id;

CREATE TABLE nothing ();
