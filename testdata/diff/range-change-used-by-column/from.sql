CREATE TYPE textrange AS RANGE (subtype = text, collation = "C");
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TYPE unused_range AS RANGE (subtype = date);
CREATE DOMAIN short_range AS textrange CHECK (NOT isempty(VALUE));
CREATE TYPE booking AS (who text, slot floatrange);
CREATE TABLE slots (
    id integer PRIMARY KEY,
    t textrange DEFAULT textrange('a', 'b'),
    many textrange[],
    tm textmultirange,
    s short_range,
    f floatrange NOT NULL,
    b booking
);
CREATE INDEX slots_t_idx ON slots USING gist (t);
ALTER TABLE slots ADD CONSTRAINT slots_f_excl EXCLUDE USING gist (f WITH &&);
CREATE VIEW slot_bounds AS SELECT id, lower(t) AS low, upper(f) AS high FROM slots;
