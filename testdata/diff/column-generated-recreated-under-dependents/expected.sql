DROP VIEW parcel_girths;

DROP VIEW large_parcels;

DROP VIEW parcel_areas;

DROP TRIGGER parcels_touch_trg ON parcels;

DROP POLICY parcels_large ON parcels;

ALTER TABLE labels DROP CONSTRAINT labels_parcel_tag_fkey;

DROP INDEX parcels_area_idx;

DROP INDEX parcels_tag_key;

-- schemac: destructive: column parcels.area and its data (replaced by a generated column)
ALTER TABLE parcels DROP COLUMN area;

ALTER TABLE parcels DROP COLUMN girth;

-- schemac: destructive: column parcels.tag and its data (replaced by a generated column)
ALTER TABLE parcels DROP COLUMN tag;

ALTER TABLE parcels ADD COLUMN area integer GENERATED ALWAYS AS (width * height) STORED;

ALTER TABLE parcels ADD COLUMN tag text GENERATED ALWAYS AS ('P-' || id::text) STORED;

ALTER TABLE parcels ADD COLUMN girth integer GENERATED ALWAYS AS (2 * (width + height)) STORED;

CREATE INDEX parcels_area_idx ON parcels (area);

CREATE UNIQUE INDEX parcels_tag_key ON parcels (tag);

ALTER TABLE labels ADD CONSTRAINT labels_parcel_tag_fkey FOREIGN KEY (parcel_tag) REFERENCES parcels (tag);

CREATE POLICY parcels_large ON parcels TO public USING (area > 10);

CREATE TRIGGER parcels_touch_trg AFTER UPDATE ON parcels FOR EACH ROW WHEN (new.area IS NOT NULL) EXECUTE FUNCTION parcels_touch();

CREATE VIEW parcel_areas AS SELECT parcels.id, parcels.area FROM parcels;

CREATE VIEW large_parcels AS SELECT parcel_areas.id FROM parcel_areas WHERE parcel_areas.area > 100;

CREATE VIEW parcel_girths AS SELECT parcels.id, parcels.girth FROM parcels;
