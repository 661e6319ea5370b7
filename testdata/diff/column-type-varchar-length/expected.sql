ALTER TABLE users ALTER COLUMN code TYPE character(3);

ALTER TABLE users ALTER COLUMN name TYPE character varying(255);

ALTER TABLE users ALTER COLUMN note TYPE character varying;
