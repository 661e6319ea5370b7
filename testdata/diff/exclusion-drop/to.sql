-- an exclusion constraint (implicit name) dropped
CREATE TABLE reservations (id integer PRIMARY KEY, during tsrange NOT NULL);
