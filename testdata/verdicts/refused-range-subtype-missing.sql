CREATE TYPE u_range AS RANGE (subtype = v_num);
