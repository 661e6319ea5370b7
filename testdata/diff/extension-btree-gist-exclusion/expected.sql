CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE bookings ADD CONSTRAINT bookings_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);
