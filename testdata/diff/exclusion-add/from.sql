CREATE TABLE reservations (id integer PRIMARY KEY, during tsrange NOT NULL, cancelled boolean NOT NULL DEFAULT false);
