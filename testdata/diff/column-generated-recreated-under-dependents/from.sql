-- A column that becomes a stored generated column, or whose generation
-- expression changes, is dropped and added again (PostgreSQL 15 cannot
-- make a column generated, nor change its expression, in place). DROP
-- COLUMN fails while a view, or a foreign key through a unique index, uses
-- it, and takes its indexes, policies and triggers along: all of them go
-- before and are made again after.
CREATE FUNCTION parcels_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TABLE parcels (
    id integer PRIMARY KEY,
    width integer NOT NULL,
    height integer NOT NULL,
    area integer,
    tag text,
    girth integer GENERATED ALWAYS AS (2 * width) STORED
);

CREATE UNIQUE INDEX parcels_tag_key ON parcels (tag);
CREATE INDEX parcels_area_idx ON parcels (area);

CREATE TABLE labels (
    id integer PRIMARY KEY,
    parcel_tag text CONSTRAINT labels_parcel_tag_fkey REFERENCES parcels (tag)
);

CREATE VIEW parcel_areas AS SELECT id, area FROM parcels;
CREATE VIEW large_parcels AS SELECT id FROM parcel_areas WHERE area > 100;
CREATE VIEW parcel_girths AS SELECT id, girth FROM parcels;
CREATE VIEW parcel_sizes AS SELECT id, width, height FROM parcels;

ALTER TABLE parcels ENABLE ROW LEVEL SECURITY;
CREATE POLICY parcels_large ON parcels USING (area > 10);

CREATE TRIGGER parcels_touch_trg AFTER UPDATE ON parcels
    FOR EACH ROW WHEN (NEW.area IS NOT NULL) EXECUTE FUNCTION parcels_touch();
