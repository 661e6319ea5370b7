CREATE DOMAIN weight AS numeric;
CREATE TABLE parcels (id bigint PRIMARY KEY, w weight);
ALTER DOMAIN weight ADD CONSTRAINT weight_positive CHECK (VALUE > 0);
