-- range types used by columns change (one its collation, one gains a
-- subtype_diff): PostgreSQL cannot alter a range type and refuses to drop
-- one in use, so each is swapped (renamed with its multirange and the
-- constructors that would clash, created again, the columns converted
-- through text, the old one dropped), and so are the domain and the
-- composite type over them; the default, the index, the exclusion
-- constraint and the view come back. A range nothing uses is dropped and
-- created again
CREATE TYPE textrange AS RANGE (subtype = text, collation = "POSIX");
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE unused_range AS RANGE (subtype = timestamp);
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
