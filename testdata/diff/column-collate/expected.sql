ALTER TABLE words ALTER COLUMN code TYPE character varying(10);

ALTER TABLE words ALTER COLUMN word TYPE text COLLATE "C";
