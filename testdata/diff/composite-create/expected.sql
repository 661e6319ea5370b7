CREATE TYPE address AS (
    street text,
    city character varying(80) COLLATE "C",
    zip text
);

CREATE TYPE currency AS ENUM ('eur', 'usd');

CREATE TYPE nothing AS ();

CREATE TYPE money_amount AS (
    amount numeric(12,2),
    cur currency
);

CREATE TYPE price_band AS (
    low money_amount,
    high money_amount,
    tags text[]
);

ALTER TABLE shops ADD COLUMN addr address;

ALTER TABLE shops ADD COLUMN band price_band;

COMMENT ON COLUMN address.zip IS 'postal code';

COMMENT ON TYPE address IS 'a postal address';
