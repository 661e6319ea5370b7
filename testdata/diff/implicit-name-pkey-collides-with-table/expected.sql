CREATE TABLE items (
    id integer NOT NULL,
    CONSTRAINT items_pkey1 PRIMARY KEY (id)
);

CREATE TABLE items_pkey (
    id integer
);
