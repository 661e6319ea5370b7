CREATE TABLE zones (
    id integer NOT NULL,
    name text,
    CONSTRAINT zones_pkey PRIMARY KEY (id)
);

CREATE TABLE addresses (
    id integer NOT NULL,
    zone_id integer NOT NULL,
    CONSTRAINT addresses_pkey PRIMARY KEY (id),
    CONSTRAINT addresses_zone_id_fkey FOREIGN KEY (zone_id) REFERENCES zones (id)
);

CREATE TABLE buildings (
    id integer NOT NULL,
    address_id integer,
    zone_id integer,
    CONSTRAINT buildings_pkey PRIMARY KEY (id),
    CONSTRAINT buildings_address_id_fkey FOREIGN KEY (address_id) REFERENCES addresses (id),
    CONSTRAINT buildings_zone_id_fkey FOREIGN KEY (zone_id) REFERENCES zones (id)
);
