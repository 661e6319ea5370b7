CREATE TABLE t (a int DEFAULT next_id());
