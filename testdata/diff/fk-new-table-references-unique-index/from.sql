-- a foreign key may reference the columns of a non-partial unique index,
-- not only a primary key or unique constraint (CREATE TABLE, REFERENCES)
CREATE TABLE warehouses (id integer PRIMARY KEY);
