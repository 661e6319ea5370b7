DROP VIEW slot_bounds;

DROP TYPE unused_range;

ALTER TYPE booking RENAME TO booking_old;

ALTER TYPE short_range RENAME TO short_range_old;

ALTER FUNCTION floatrange(double precision, double precision) RENAME TO floatrange_old;

ALTER FUNCTION floatrange(double precision, double precision, text) RENAME TO floatrange_old;

ALTER FUNCTION floatmultirange() RENAME TO floatmultirange_old;

ALTER TYPE floatmultirange RENAME TO floatmultirange_old;

ALTER TYPE floatrange RENAME TO floatrange_old;

ALTER FUNCTION textrange(text, text) RENAME TO textrange_old;

ALTER FUNCTION textrange(text, text, text) RENAME TO textrange_old;

ALTER FUNCTION textmultirange() RENAME TO textmultirange_old;

ALTER TYPE textmultirange RENAME TO textmultirange_old;

-- schemac: destructive: type textrange is replaced; its columns are converted through text, and values that do not convert fail the migration
ALTER TYPE textrange RENAME TO textrange_old;

CREATE TYPE floatrange AS RANGE (
    subtype = double precision,
    subtype_diff = float8mi
);

CREATE TYPE textrange AS RANGE (
    subtype = text,
    collation = "POSIX"
);

CREATE TYPE unused_range AS RANGE (
    subtype = timestamp without time zone
);

CREATE TYPE booking AS (
    who text,
    slot floatrange
);

CREATE DOMAIN short_range AS textrange
    CONSTRAINT short_range_check CHECK (NOT isempty(value));

ALTER TABLE slots ALTER COLUMN t DROP DEFAULT;

ALTER TABLE slots ALTER COLUMN b TYPE booking USING b::text::booking;

ALTER TABLE slots ALTER COLUMN f TYPE floatrange USING f::text::floatrange;

ALTER TABLE slots ALTER COLUMN many TYPE textrange[] USING many::text[]::textrange[];

ALTER TABLE slots ALTER COLUMN s TYPE short_range USING s::text::short_range;

ALTER TABLE slots ALTER COLUMN t TYPE textrange USING t::text::textrange;

ALTER TABLE slots ALTER COLUMN tm TYPE textmultirange USING tm::text::textmultirange;

ALTER TABLE slots ALTER COLUMN t SET DEFAULT textrange('a', 'b');

CREATE VIEW slot_bounds AS SELECT slots.id, lower(slots.t) AS low, upper(slots.f) AS high FROM slots;

DROP TYPE booking_old;

DROP DOMAIN short_range_old;

DROP TYPE floatrange_old;

DROP TYPE textrange_old;
