-- a NOT VALID check constraint becomes valid (VALIDATE CONSTRAINT, no drop)
CREATE TABLE orders (id integer PRIMARY KEY, total numeric CHECK (total >= 0));
