CREATE EXTENSION btree_gist;
CREATE TABLE t (id int, room int, floor int, during tsrange, EXCLUDE USING gist ((room + floor) WITH =, during WITH &&));
