-- composite types, one with a collation, one empty, one using another and
-- an enum, used by a new column; comments on the type and an attribute
CREATE TYPE currency AS ENUM ('eur', 'usd');
CREATE TYPE money_amount AS (amount numeric(12,2), cur currency);
CREATE TYPE address AS (street text, city varchar(80) COLLATE "C", zip text);
CREATE TYPE nothing AS ();
CREATE TYPE price_band AS (low money_amount, high money_amount, tags text[]);
COMMENT ON TYPE address IS 'a postal address';
COMMENT ON COLUMN address.zip IS 'postal code';
CREATE TABLE shops (id integer PRIMARY KEY, addr address, band price_band);
