-- A type modifier is evaluated when the type is named (typenameTypeMod):
-- it must be an integer, a string or a bare identifier, and a built-in
-- type's modifiers are integers. PostgreSQL 15 refuses each of these, a
-- function's signature included.
CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(1/0, 2) NOT NULL
);
CREATE TABLE rates (r numeric(1.5, 2));
CREATE FUNCTION cents(p numeric(10 + 2, 2)) RETURNS bigint
    LANGUAGE sql AS $$ SELECT (p * 100)::bigint $$;
CREATE VIEW v AS SELECT 1::numeric(1 + 1, 0) AS one;
CREATE DOMAIN money2 AS numeric(12, 2);
