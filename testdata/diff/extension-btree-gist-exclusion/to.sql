-- btree_gist added for an exclusion constraint that mixes = and &&
CREATE EXTENSION btree_gist WITH SCHEMA public;
CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);
