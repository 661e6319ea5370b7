CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C");
CREATE TYPE gone AS RANGE (subtype = date);
CREATE TABLE slots (id integer PRIMARY KEY, f floatrange);
