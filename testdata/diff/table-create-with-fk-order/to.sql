-- tables created in an order where the referencing one comes first by name
CREATE TABLE zones (id integer PRIMARY KEY, name text);
CREATE TABLE addresses (
    id integer PRIMARY KEY,
    zone_id integer NOT NULL REFERENCES zones (id)
);
CREATE TABLE buildings (
    id integer PRIMARY KEY,
    address_id integer REFERENCES addresses (id),
    zone_id integer REFERENCES zones (id)
);
