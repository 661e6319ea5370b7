CREATE DOMAIN v_num AS numeric CHECK (VALUE > 0);
CREATE TYPE u_range AS RANGE (subtype = numeric);
CREATE TYPE f_range AS RANGE (subtype = float8, subtype_diff = float8mi);
