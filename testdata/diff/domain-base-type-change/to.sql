-- a domain whose base type changes and an enum that becomes a domain are
-- swapped: the old type renamed, the new one created, the columns
-- converted through text, the old type dropped
CREATE DOMAIN code AS text DEFAULT 'none' CHECK (VALUE <> '');
CREATE DOMAIN kind AS text CHECK (VALUE IN ('a', 'b', 'c'));
CREATE TABLE items (id integer PRIMARY KEY, c code DEFAULT 'x', k kind NOT NULL);
