-- an exclusion constraint using gist, with a WHERE clause
CREATE TABLE reservations (
    id integer PRIMARY KEY,
    during tsrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled)
);
