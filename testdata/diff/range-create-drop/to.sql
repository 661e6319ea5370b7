-- range types created (a multirange named, an opclass, a multirange used
-- by a column), changed (dropped and created again) and dropped
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "POSIX");
CREATE TYPE timerange AS RANGE (subtype = time, multirange_type_name = time_ranges);
CREATE TYPE patrange AS RANGE (subtype = text, subtype_opclass = text_pattern_ops);
CREATE TYPE pair AS RANGE (subtype = int4);
CREATE TABLE slots (id integer PRIMARY KEY, f floatrange, t timerange, ts time_ranges, p pair_multirange);
