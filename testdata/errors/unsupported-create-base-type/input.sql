CREATE TYPE box3 (INPUT = box3_in, OUTPUT = box3_out);
